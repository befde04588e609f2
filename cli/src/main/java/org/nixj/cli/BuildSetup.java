package org.nixj.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nixj.build.Builders;
import org.nixj.build.builder.FetchurlBuilder;
import org.nixj.build.debian.DebianMirrors;
import org.nixj.build.debian.DebianSources;
import org.nixj.build.debian.UnpackDebBuilder;
import org.nixj.build.files.BuildEnvBuilder;
import org.nixj.build.files.SymlinkJoinBuilder;
import org.nixj.build.files.TreeBuilder;
import org.nixj.build.files.WriteTextBuilder;
import org.nixj.build.image.DepmodBuilder;
import org.nixj.build.image.InitrdBuilder;
import org.nixj.build.image.IsoBuilder;
import org.nixj.build.image.SquashfsBuilder;
import org.nixj.build.system.UsersBuilder;
import org.nixj.fetch.Downloader;

/**
 * The builders {@code nixj build} runs, set up for this machine: downloads find Debian's {@code .deb} files
 * in the folders of {@code NIXJ_DEB_DIRS} (colon-separated), then apt's cache, then through the host's
 * {@code apt-get download}, then at Debian's mirrors (the snapshot archive first).
 */
public final class BuildSetup {
    private BuildSetup() {}

    /** The builders, with the .deb sources of this machine. */
    public static Builders builders() throws IOException {
        List<Path> debFolders = new ArrayList<>();
        String configured = System.getenv("NIXJ_DEB_DIRS");
        if (configured != null) {
            for (String folder : configured.split(":")) {
                if (!folder.isEmpty()) {
                    debFolders.add(Path.of(folder));
                }
            }
        }
        return Builders.of(List.of(
                new FetchurlBuilder(Downloader.standard(), DebianMirrors.DEFAULT, DebianSources.forHost(debFolders)),
                new UnpackDebBuilder(),
                new WriteTextBuilder(),
                new SymlinkJoinBuilder(),
                new BuildEnvBuilder(),
                new TreeBuilder(),
                new UsersBuilder(),
                new InitrdBuilder(),
                new DepmodBuilder(),
                new SquashfsBuilder(),
                new IsoBuilder()));
    }
}
