package org.nixj.eval;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.nixj.fetch.Downloader;
import org.nixj.os.ProcessText;

/** {@link EvalIO#system(Path, Consumer)}: the machine nixj runs on. */
final class SystemIO implements EvalIO {
    private final Path storeRoot;
    private final Consumer<String> diagnostics;
    private final Downloader downloader = Downloader.standard();

    SystemIO(Path storeRoot, Consumer<String> diagnostics) {
        this.diagnostics = diagnostics;
        this.storeRoot = (storeRoot != null ? storeRoot : defaultStoreRoot(System.getenv(), homeDirectory())).toAbsolutePath();
    }

    /** Where nixj keeps its store by default: {@code $XDG_DATA_HOME/nixj/store}. */
    private static Path defaultStoreRoot(Map<String, String> environment, String home) {
        String data = environment.get("XDG_DATA_HOME");
        Path base = data != null && !data.isEmpty() ? Path.of(data) : Path.of(home, ".local", "share");
        return base.resolve("nixj").resolve("store");
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
        return System.currentTimeMillis() / 1000;
    }

    @Override
    public Map<String, String> environment() {
        // The variables' bytes, not the JVM's locale-decoded view of them (getEnv "x" is bytes in Nix).
        return ProcessText.environment();
    }

    @Override
    public String homeDirectory() {
        return System.getProperty("user.home", "/");
    }

    @Override
    public void diagnostic(String line) {
        diagnostics.accept(line);
    }
}
