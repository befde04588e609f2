package org.nixj.image.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why an I/O operation failed, in the C library's words where there are some. The JDK's file-system
 * exceptions often carry only the file's name as their message (an unreadable file's is its path), and some
 * exceptions carry none at all; messages built on {@link IOException#getMessage()} then say nothing, or "null".
 */
public final class IoErrors {
    private IoErrors() {}

    /** The reason {@code e} gives, never null and never just a file name. */
    public static String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException x -> "No such file or directory";
            case AccessDeniedException x -> "Permission denied";
            case NotDirectoryException x -> "Not a directory";
            case FileAlreadyExistsException x -> "File exists";
            case DirectoryNotEmptyException x -> "Directory not empty";
            case FileSystemException x when x.getReason() != null -> x.getReason();
            case EOFException x -> "unexpected end of file";
            default -> e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        };
    }
}
