package org.nixj.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** The kinds of file a NAR holds, named as {@code builtins.readDir} and path filters name them. */
public enum FileKind {
    REGULAR("regular"),
    DIRECTORY("directory"),
    SYMLINK("symlink"),
    UNKNOWN("unknown");

    private final String nixName;

    FileKind(String nixName) {
        this.nixName = nixName;
    }

    public String nixName() {
        return nixName;
    }

    /** The kind of {@code file}, not following a final symbolic link. */
    public static FileKind of(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return a.isRegularFile() ? REGULAR : a.isDirectory() ? DIRECTORY : a.isSymbolicLink() ? SYMLINK : UNKNOWN;
    }
}
