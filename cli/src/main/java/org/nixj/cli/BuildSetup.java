package org.nixj.cli;

import java.util.List;
import java.util.Map;
import org.nixj.build.Builders;
import org.nixj.build.builder.FetchurlBuilder;
import org.nixj.build.files.BuildEnvBuilder;
import org.nixj.build.files.SymlinkJoinBuilder;
import org.nixj.build.files.TreeBuilder;
import org.nixj.build.files.WriteTextBuilder;
import org.nixj.build.system.UsersBuilder;
import org.nixj.fetch.Downloader;

/** The builders {@code nixj build} runs, set up for this machine. */
final class BuildSetup {
    private BuildSetup() {}

    static Builders builders() {
        return Builders.of(List.of(
                new FetchurlBuilder(Downloader.standard(), Map.of(), List.of()),
                new WriteTextBuilder(),
                new SymlinkJoinBuilder(),
                new BuildEnvBuilder(),
                new TreeBuilder(),
                new UsersBuilder()));
    }
}
