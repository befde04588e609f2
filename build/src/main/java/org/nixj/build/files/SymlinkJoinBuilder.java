package org.nixj.build.files;

import java.io.IOException;
import org.nixj.build.builder.BuildContext;
import org.nixj.build.builder.BuildFailure;
import org.nixj.build.builder.Builder;

/**
 * {@code builtin:nixj-symlink-join}, behind {@code symlinkJoin}: one tree of links to the files of every folder
 * in {@code paths}, the first one winning where two have a file of the same name (as {@code lndir} leaves it).
 * A {@code postBuild} script would need a shell: it is refused.
 */
public final class SymlinkJoinBuilder implements Builder {
    @Override
    public String name() {
        return "nixj-symlink-join";
    }

    @Override
    public void build(BuildContext context) throws BuildFailure, IOException {
        if (!context.attributes().string("postBuild").orElse("").isBlank()) {
            throw new BuildFailure("symlinkJoin's postBuild is a shell script, and nixj runs no shell scripts yet");
        }
        SymlinkFarm farm = new SymlinkFarm(context, context.output("out"), true);
        for (String path : context.attributes().strings("paths")) {
            farm.add(path, relative -> relative);
        }
    }
}
