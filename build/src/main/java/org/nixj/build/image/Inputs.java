package org.nixj.build.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.nixj.image.io.ImageException;
import org.nixj.image.tree.FileContent;

/** Reading the image builders' inputs: files of packages, found where the packages keep them. */
final class Inputs {
    private Inputs() {}

    /** The bytes of {@code file}, read when the writer copies them. */
    static FileContent content(Path file) throws ImageException {
        try {
            return new FileContent.FromPath(file, Files.size(file));
        } catch (IOException e) {
            throw new ImageException("cannot read '" + file + "': " + e.getMessage());
        }
    }

    /** The first of {@code candidates} (paths relative to {@code root}) that is a regular file. */
    static Optional<Path> first(Path root, List<String> candidates) {
        return candidates.stream().map(root::resolve).filter(Files::isRegularFile).findFirst();
    }
}
