package org.nixj.build.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nixj.build.builder.BuildAttributes;
import org.nixj.build.builder.BuildContext;
import org.nixj.build.builder.BuildFailure;
import org.nixj.build.builder.Builder;

/**
 * {@code builtin:nixj-write-text}, behind {@code writeTextFile}: writes {@code text} as the output, or, with a
 * {@code destination} such as {@code /bin/hello}, as that file inside an output folder; {@code executable} makes
 * it executable. A {@code checkPhase} would need a shell, which nixj does not run: it is refused.
 */
public final class WriteTextBuilder implements Builder {
    @Override
    public String name() {
        return "nixj-write-text";
    }

    @Override
    public void build(BuildContext context) throws BuildFailure, IOException {
        BuildAttributes attributes = context.attributes();
        if (!attributes.string("checkPhase").orElse("").isBlank()) {
            throw new BuildFailure("writeTextFile's checkPhase is a shell script, and nixj runs no shell scripts yet");
        }
        String destination = attributes.string("destination").orElse("");
        Path out = context.output("out");
        Path file = out;
        if (!destination.isEmpty()) {
            if (!destination.startsWith("/") || destination.endsWith("/") || destination.contains("/../")
                    || destination.endsWith("/..") || destination.contains("/./")) {
                throw new BuildFailure("destination '" + destination + "' must be an absolute file name inside the output, such as '/bin/x'");
            }
            file = out.resolve(destination.substring(1));
            Files.createDirectories(file.getParent());
        }
        // A derivation's attributes are Nix strings, bytes read one char per byte (as the .drv file is).
        Files.write(file, attributes.requireString("text").getBytes(StandardCharsets.ISO_8859_1));
        if (attributes.bool("executable")) {
            file.toFile().setExecutable(true, false);
        }
    }
}
