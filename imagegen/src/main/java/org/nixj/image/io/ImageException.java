package org.nixj.image.io;

import java.io.IOException;

/**
 * A problem with the input or output of an image writer, worded for the user and naming the file it is
 * about. It is an {@link IOException} so that callers report it like any other I/O failure; it carries no
 * stack trace because it is never a bug.
 */
public final class ImageException extends IOException {
    public ImageException(String message) {
        super(message);
        setStackTrace(new StackTraceElement[0]);
    }

    public ImageException(String message, Throwable cause) {
        super(message, cause);
        setStackTrace(new StackTraceElement[0]);
    }
}
