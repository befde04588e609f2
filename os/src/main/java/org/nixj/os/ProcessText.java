package org.nixj.os;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * This process's command-line arguments, environment and working directory, byte for byte (text as {@link OsText}). The JVM
 * hands them to Java already decoded with the locale's charset; on Linux {@code /proc/self/cmdline} and
 * {@code /proc/self/environ} still hold the bytes. Where they cannot be read, the JVM's view is used.
 */
public final class ProcessText {
    private ProcessText() {}

    /**
     * The arguments {@code main} received ({@code decoded}), read again from the process's command line. The
     * JVM passes a program's arguments as the last entries of its own command line, so those are taken; they
     * are used only if each agrees with the decoded argument wherever both are ASCII.
     */
    public static String[] arguments(String[] decoded) {
        List<byte[]> raw = entries(Path.of("/proc/self/cmdline"));
        if (raw == null || raw.size() < decoded.length) {
            return decoded;
        }
        List<byte[]> mine = raw.subList(raw.size() - decoded.length, raw.size());
        String[] result = new String[decoded.length];
        for (int i = 0; i < decoded.length; i++) {
            if (!asciiOf(mine.get(i)).equals(asciiOf(decoded[i]))) {
                return decoded;
            }
            result[i] = OsText.decode(mine.get(i));
        }
        return result;
    }

    /**
     * The process's environment, names and values as text. A JVM cannot change its own environment, so it is
     * read once.
     */
    public static Map<String, String> environment() {
        return Environment.VARIABLES;
    }

    /**
     * The process's working directory, byte for byte. The JVM's own ({@code user.dir}, {@code Path.of("")}) was
     * decoded with the locale's charset at start-up, and a name that charset cannot hold came out as {@code ?}s;
     * {@code /proc/self/cwd} still leads to the directory itself.
     */
    public static Path workingDirectory() {
        try {
            return Path.of("/proc/self/cwd").toRealPath();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Path.of("").toAbsolutePath();
        }
    }

    /** The environment, read on first use. */
    private static final class Environment {
        static final Map<String, String> VARIABLES = read();
    }

    private static Map<String, String> read() {
        List<byte[]> raw = entries(Path.of("/proc/self/environ"));
        if (raw == null) {
            return System.getenv();
        }
        Map<String, String> environment = new LinkedHashMap<>();
        for (byte[] entry : raw) {
            String variable = OsText.decode(entry);
            int eq = variable.indexOf('=');
            if (eq > 0) {
                environment.putIfAbsent(variable.substring(0, eq), variable.substring(eq + 1));
            }
        }
        return Collections.unmodifiableMap(environment);
    }

    /** The NUL-terminated entries of {@code file}, or null if it cannot be read. */
    private static List<byte[]> entries(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
        List<byte[]> entries = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                byte[] entry = new byte[i - start];
                System.arraycopy(bytes, start, entry, 0, entry.length);
                entries.add(entry);
                start = i + 1;
            }
        }
        return entries;
    }

    private static String asciiOf(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            if (b > 0 && b != '?') {
                s.append((char) b);
            }
        }
        return s.toString();
    }

    private static String asciiOf(String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && c != '?') {
                s.append(c);
            }
        }
        return s.toString();
    }
}
