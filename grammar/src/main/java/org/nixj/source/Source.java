package org.nixj.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.nixj.os.FileNames;
import org.nixj.os.OsText;

/**
 * A piece of Nix code and where it came from.
 *
 * <p>The text is a byte string (see the package documentation). The base directory is what relative path
 * literals ({@code ./a}) resolve against: a file's own directory, or the working directory for an expression
 * given as a string. Line starts are computed once, on the first request for a line or column.
 */
public final class Source {
    private final Origin origin;
    private final String text;
    private final String baseDirectory;
    private Lines lines;

    /** What a source is, which decides how positions in it are printed. */
    public sealed interface Origin {
        /** A file, printed as its path. */
        record File(String path) implements Origin {}

        /** An expression given on the command line, printed as {@code «string»}. */
        record CommandLine() implements Origin {}

        /** Standard input, printed as {@code «stdin»}. */
        record Stdin() implements Origin {}
    }

    private Source(Origin origin, String text, String baseDirectory) {
        this.origin = origin;
        this.text = text;
        this.baseDirectory = baseDirectory;
    }

    /** Reads a file. Its base directory is the directory that holds it. */
    public static Source ofFile(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        byte[] bytes = Files.readAllBytes(absolute);
        Path parent = absolute.getParent();
        return new Source(new Origin.File(FileNames.text(absolute)), bytes(bytes),
                parent == null ? "/" : FileNames.text(parent));
    }

    /** A file's content already in hand, under the given (absolute) path. */
    public static Source ofFile(String absolutePath, byte[] content) {
        int slash = absolutePath.lastIndexOf('/');
        String dir = slash <= 0 ? "/" : absolutePath.substring(0, slash);
        return new Source(new Origin.File(absolutePath), bytes(content), dir);
    }

    /** An expression given as a string ({@code -E}), with relative paths resolved against {@code baseDirectory}. */
    public static Source ofExpression(String utf8Text, String baseDirectory) {
        return new Source(new Origin.CommandLine(), bytes(OsText.encode(utf8Text)), baseDirectory);
    }

    /** Bytes read from standard input, with relative paths resolved against {@code baseDirectory}. */
    public static Source ofStdin(byte[] content, String baseDirectory) {
        return new Source(new Origin.Stdin(), bytes(content), baseDirectory);
    }

    private static String bytes(byte[] content) {
        return new String(content, StandardCharsets.ISO_8859_1);
    }

    public Origin origin() {
        return origin;
    }

    /** The code as a byte string: one char per byte. */
    public String text() {
        return text;
    }

    /** The directory relative path literals resolve against. */
    public String baseDirectory() {
        return baseDirectory;
    }

    /**
     * How Nix names this source in positions, as a byte string (UTF-8 bytes, one char each): the file
     * path, {@code «string»} or {@code «stdin»}.
     */
    public String displayName() {
        return bytes(OsText.encode(switch (origin) {
            case Origin.File f -> f.path();
            case Origin.CommandLine c -> "\u00abstring\u00bb";
            case Origin.Stdin s -> "\u00abstdin\u00bb";
        }));
    }

    /** The 1-based line holding {@code offset}. An offset at the very end belongs to the last line. */
    public int lineOf(int offset) {
        int[] starts = lines().starts;
        int i = Arrays.binarySearch(starts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** The 1-based column of {@code offset}, counted in bytes as Nix counts it. */
    public int columnOf(int offset) {
        return offset - lines().starts[lineOf(offset) - 1] + 1;
    }

    /** The number of lines: one more than the number of line breaks. */
    public int lineCount() {
        return lines().starts.length;
    }

    /** The text of a 1-based line, without its line break. */
    public String line(int line) {
        Lines lines = lines();
        return text.substring(lines.starts[line - 1], lines.ends[line - 1]);
    }

    /** Where each line starts and where its content ends; as in Nix, LF, CR LF and a lone CR end a line. */
    private record Lines(int[] starts, int[] ends) {}

    private Lines lines() {
        if (lines == null) {
            int[] starts = new int[16];
            int[] ends = new int[16];
            int count = 0;
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : '\n';
                if (c != '\n' && c != '\r') {
                    continue;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = start;
                ends[count] = i;
                count++;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            lines = new Lines(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
        }
        return lines;
    }

    @Override
    public String toString() {
        return displayName();
    }
}
