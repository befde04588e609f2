package org.nixj.build.debian;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nixj.build.builder.LocalSource;

/**
 * The local sources of Debian files for {@code builtin:fetchurl}, in BUILD.md's order: the user's folders of
 * {@code .deb} files, the host's apt cache, then the host's {@code apt-get download}. (The store comes before all
 * of them, and the HTTP mirrors of {@link DebianMirrors} after them.)
 */
public final class DebianSources {
    private DebianSources() {
    }

    /** The sources for a build on this host, with {@code folders} looked in first. */
    public static List<LocalSource> forHost(List<Path> folders) throws IOException {
        List<Path> all = new ArrayList<>(folders);
        all.add(DebFolderSource.APT_ARCHIVES);
        List<LocalSource> sources = new ArrayList<>();
        sources.add(new DebFolderSource(all));
        AptDownloadSource.host().ifPresent(sources::add);
        return List.copyOf(sources);
    }
}
