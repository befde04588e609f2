package org.nixj.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nixj.fetch.Downloader;

/**
 * An {@link EvalIO} that keeps an evaluation away from the user's machine, for tests, benchmarks and embedders
 * that evaluate untrusted code: its own store (under a directory the caller gives, typically a temporary one),
 * a fixed environment, clock and home directory, no downloads (unless given a {@link Downloader}), and
 * diagnostics collected in memory. Files outside the store are read as they are.
 *
 * <p>Immutable but for the diagnostics it collects; the {@code with...} methods return a changed copy that
 * collects into a list of its own.
 */
public final class IsolatedIO implements EvalIO {
    private final Path storeRoot;
    private final Map<String, String> environment;
    private final long currentTime;
    private final String homeDirectory;
    private final Downloader downloader;
    private final List<String> diagnostics = new ArrayList<>();

    private IsolatedIO(Path storeRoot, Map<String, String> environment, long currentTime, String homeDirectory,
                       Downloader downloader) {
        this.storeRoot = storeRoot.toAbsolutePath();
        this.environment = Map.copyOf(environment);
        this.currentTime = currentTime;
        this.homeDirectory = homeDirectory;
        this.downloader = downloader;
    }

    /**
     * Isolated I/O with its store in {@code storeRoot}: an empty environment, the clock at 0 (1970), home
     * {@code /homeless-shelter} (as in Nix's builds) and no downloads.
     */
    public static IsolatedIO storeIn(Path storeRoot) {
        return new IsolatedIO(storeRoot, Map.of(), 0, "/homeless-shelter", Downloader.refusing());
    }

    public IsolatedIO withEnvironment(Map<String, String> environment) {
        return new IsolatedIO(storeRoot, environment, currentTime, homeDirectory, downloader);
    }

    public IsolatedIO withCurrentTime(long currentTime) {
        return new IsolatedIO(storeRoot, environment, currentTime, homeDirectory, downloader);
    }

    public IsolatedIO withHomeDirectory(String homeDirectory) {
        return new IsolatedIO(storeRoot, environment, currentTime, homeDirectory, downloader);
    }

    public IsolatedIO withDownloader(Downloader downloader) {
        return new IsolatedIO(storeRoot, environment, currentTime, homeDirectory, downloader);
    }

    /** The trace and warning lines received so far, in order. */
    public List<String> diagnostics() {
        synchronized (diagnostics) {
            return List.copyOf(diagnostics);
        }
    }

    @Override
    public Path storeRoot() {
        return storeRoot;
    }

    @Override
    public Downloader downloader() {
        return downloader;
    }

    @Override
    public long currentTime() {
        return currentTime;
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public String homeDirectory() {
        return homeDirectory;
    }

    @Override
    public void diagnostic(String line) {
        synchronized (diagnostics) {
            diagnostics.add(line);
        }
    }
}
