package org.nixj.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;

/**
 * Whole files read into memory ({@code readFile}, {@code import}), bounded by what one Java array, and so one
 * nixj string, can hold. Nix's strings have no such bound; a file past it gets an error that says so instead
 * of the JVM's {@code OutOfMemoryError}. Whatever can be done without holding the file ({@code hashFile},
 * NAR hashing) streams it and has no bound.
 */
final class FileContents {
    /** The longest byte string nixj can hold: the JDK's largest safe array length. */
    static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    private FileContents() {}

    /** The bytes of {@code file} (which the Nix path {@code path} names), at most {@link #MAX_BYTES} of them. */
    static byte[] read(Path file, String path) throws IOException {
        return read(file, path, MAX_BYTES);
    }

    /** {@link #read(Path, String)} with the bound given, so that tests can check it on small files. */
    static byte[] read(Path file, String path, long maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(path, maxBytes);
            }
            byte[] bytes = in.readNBytes((int) size);
            int next = in.read();
            if (next < 0) {
                return bytes;
            }
            // The size was only a hint: files under /proc say 0, and a file may grow while it is read.
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.write(bytes);
            all.write(next);
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (all.size() + (long) n > maxBytes) {
                    throw tooLarge(path, maxBytes);
                }
                all.write(buffer, 0, n);
            }
            return all.toByteArray();
        }
    }

    private static EvalError tooLarge(String path, long maxBytes) {
        return new EvalError(ErrorKind.EVAL, "cannot read file '" + path + "': it has more than " + maxBytes
                + " bytes, the most a nixj string can hold");
    }
}
