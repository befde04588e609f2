package org.nixj.build.files;

import java.io.IOException;
import java.util.List;
import org.nixj.build.builder.BuildAttributes;
import org.nixj.build.builder.BuildContext;
import org.nixj.build.builder.BuildFailure;
import org.nixj.build.builder.Builder;

/**
 * {@code builtin:nixj-build-env}, behind {@code buildEnv} (and NixOS's {@code system-path}): a tree of links to
 * the files of {@code paths} under the prefixes of {@code pathsToLink} ({@code /} for everything), with {@code
 * extraPrefix} in front; two different files with one name are an error unless {@code ignoreCollisions}. The
 * packages' {@code nix-support} folders (their metadata) are left out.
 *
 * <p>With {@code mergeUsr}, a file at {@code usr/X} is linked at {@code X}: nixj's packages are Debian's, which
 * keep files in both {@code /bin} and {@code /usr/bin}, and a NixOS system's {@code sw} has one {@code bin}.
 * Unlike nixpkgs' buildEnv, every folder is a real folder (never a link to a package's folder), which changes
 * no path a program sees.
 */
public final class BuildEnvBuilder implements Builder {
    @Override
    public String name() {
        return "nixj-build-env";
    }

    @Override
    public void build(BuildContext context) throws BuildFailure, IOException {
        BuildAttributes attributes = context.attributes();
        if (!attributes.string("postBuild").orElse("").isBlank()) {
            throw new BuildFailure("buildEnv's postBuild is a shell script, and nixj runs no shell scripts yet");
        }
        List<String> prefixes = attributes.strings("pathsToLink").stream()
                .map(p -> p.equals("/") ? "" : p.replaceAll("^/+", "").replaceAll("/+$", ""))
                .toList();
        List<String> linked = prefixes.isEmpty() ? List.of("") : prefixes;
        String extraPrefix = attributes.string("extraPrefix").orElse("").replaceAll("^/+", "").replaceAll("/+$", "");
        boolean mergeUsr = attributes.bool("mergeUsr");
        SymlinkFarm farm = new SymlinkFarm(context, context.output("out"), attributes.bool("ignoreCollisions"));
        SymlinkFarm.Placement placement = relative -> {
            if (relative.startsWith("nix-support/")) {
                return null; // each package's own metadata, which would collide
            }
            String path = mergeUsr && relative.startsWith("usr/") ? relative.substring("usr/".length()) : relative;
            for (String prefix : linked) {
                if (prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + "/")) {
                    return extraPrefix.isEmpty() ? path : extraPrefix + "/" + path;
                }
            }
            return null;
        };
        for (String path : attributes.strings("paths")) {
            farm.add(path, placement);
        }
    }
}
