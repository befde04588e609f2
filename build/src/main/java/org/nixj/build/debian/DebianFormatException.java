package org.nixj.build.debian;

/** Debian data that cannot be read: a malformed control file, list, relation or archive; the message says where. */
public final class DebianFormatException extends Exception {
    public DebianFormatException(String message) {
        super(message);
    }

    public DebianFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
