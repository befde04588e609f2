package org.nixj.fetch;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.nixj.os.FileNames;

/**
 * The files {@code file://} URLs and local paths name. The fetchers get them as the evaluator has strings, byte
 * strings (each char one byte), so a name that is not ASCII arrives as its bytes, possibly percent-encoded.
 */
final class FileUrls {
    private FileUrls() {}

    /** The file of a {@code file:} URI: its path, percent-escapes decoded, as bytes. */
    static Path path(URI uri) {
        return FileNames.of(percentDecoded(uri.getRawPath()));
    }

    /** The file a byte string names, taken as it is. */
    static Path path(String byteString) {
        return FileNames.of(byteString.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] percentDecoded(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                bytes.write(hex(raw.charAt(i + 1)) << 4 | hex(raw.charAt(i + 2)));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
