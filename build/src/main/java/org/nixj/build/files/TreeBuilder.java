package org.nixj.build.files;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.nixj.build.builder.BuildContext;
import org.nixj.build.builder.BuildFailure;
import org.nixj.build.builder.Builder;
import org.nixj.build.builder.Ownership;
import org.nixj.store.FileKind;

/**
 * {@code builtin:nixj-tree}: a folder made of listed entries, behind NixOS's {@code etc} and the system's
 * top-level folder. {@code entries} is a list of sets, each with a {@code path} inside the output and one of:
 * <ul>
 *   <li>{@code text} (and {@code mode}, default {@code "0444"}): a file with that text;</li>
 *   <li>{@code source} with {@code mode = "symlink"} (the default): a link to that store path;</li>
 *   <li>{@code source} with a {@code mode} such as {@code "0640"}: a copy of the file (or folder) there;</li>
 *   <li>{@code target}: a symlink with exactly that target ({@code /dev/null}, a relative name);</li>
 *   <li>{@code directory = true}: an empty folder.</li>
 * </ul>
 * Files get {@code uid} and {@code gid} (default 0). Modes and owners the store cannot keep are recorded in the
 * output's {@link Ownership} file, for the image writer. Two entries with one path are an error.
 */
public final class TreeBuilder implements Builder {
    @Override
    public String name() {
        return "nixj-tree";
    }

    @Override
    public void build(BuildContext context) throws BuildFailure, IOException {
        Path out = context.output("out");
        Files.createDirectories(out);
        List<Ownership> ownership = new ArrayList<>();
        for (JsonElement element : context.attributes().json("entries").map(JsonElement::getAsJsonArray)
                .orElseThrow(() -> new BuildFailure("attribute 'entries' is missing"))) {
            if (!element.isJsonObject()) {
                throw new BuildFailure("every element of 'entries' must be a set");
            }
            add(context, out, element.getAsJsonObject(), ownership);
        }
        Ownership.write(out, ownership);
    }

    private static void add(BuildContext context, Path out, JsonObject entry, List<Ownership> ownership)
            throws BuildFailure, IOException {
        String path = string(entry, "path", null);
        if (path == null || path.isEmpty() || path.startsWith("/") || path.endsWith("/")
                || List.of(path.split("/")).stream().anyMatch(part -> part.isEmpty() || part.equals(".") || part.equals(".."))) {
            throw new BuildFailure("entry path '" + path + "' must be a relative path such as 'etc/hostname'");
        }
        Path file = out.resolve(path);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new BuildFailure("two entries are named '" + path + "'");
        }
        Files.createDirectories(file.getParent());
        int uid = integer(entry, "uid");
        int gid = integer(entry, "gid");
        if (entry.has("directory") && entry.get("directory").getAsBoolean()) {
            Files.createDirectory(file);
            return;
        }
        if (entry.has("target")) {
            Files.createSymbolicLink(file, Path.of(string(entry, "target", null)));
            return;
        }
        if (entry.has("text")) {
            int mode = mode(path, string(entry, "mode", "0444"));
            Files.write(file, string(entry, "text", "").getBytes(StandardCharsets.ISO_8859_1));
            record(file, path, mode, uid, gid, ownership);
            return;
        }
        String source = string(entry, "source", null);
        if (source == null) {
            throw new BuildFailure("entry '" + path + "' needs one of 'text', 'source', 'target' or 'directory'");
        }
        String modeText = string(entry, "mode", "symlink");
        if (modeText.equals("symlink") || modeText.equals("direct-symlink")) {
            Files.createSymbolicLink(file, Path.of(source));
            return;
        }
        int mode = mode(path, modeText);
        Path from = context.physical(source);
        copy(from, file);
        record(file, path, mode, uid, gid, ownership);
    }

    /** Records a mode and owners the store cannot keep; the executable bits are also set on disk. */
    private static void record(Path file, String path, int mode, int uid, int gid, List<Ownership> ownership) {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            file.toFile().setExecutable((mode & 0111) != 0, false);
        }
        boolean storeDefault = uid == 0 && gid == 0 && (mode == 0444 || mode == 0555);
        if (!storeDefault) {
            ownership.add(new Ownership(path, mode, uid, gid));
        }
    }

    private static void copy(Path from, Path to) throws BuildFailure, IOException {
        switch (FileKind.of(from)) {
            case REGULAR -> Files.copy(from, to);
            case SYMLINK -> Files.createSymbolicLink(to, Files.readSymbolicLink(from));
            case DIRECTORY -> {
                Files.createDirectory(to);
                List<Path> children;
                try (Stream<Path> list = Files.list(from)) {
                    children = list.toList();
                }
                for (Path child : children) {
                    copy(child, to.resolve(child.getFileName().toString()));
                }
            }
            case UNKNOWN -> throw new BuildFailure("'" + from + "' is neither a file, a folder nor a symlink");
        }
    }

    private static int mode(String path, String text) throws BuildFailure {
        if (!text.matches("0?[0-7]{3,4}")) {
            throw new BuildFailure("the mode '" + text + "' of '" + path + "' is not 'symlink' or an octal mode such as '0644'");
        }
        return Integer.parseInt(text, 8);
    }

    private static String string(JsonObject entry, String name, String fallback) throws BuildFailure {
        JsonElement value = entry.get(name);
        if (value == null || value.isJsonNull()) {
            return fallback;
        }
        if (!value.isJsonPrimitive()) {
            throw new BuildFailure("'" + name + "' of an entry must be a string");
        }
        return value.getAsString();
    }

    private static int integer(JsonObject entry, String name) throws BuildFailure {
        JsonElement value = entry.get(name);
        if (value == null || value.isJsonNull()) {
            return 0;
        }
        try {
            return value.getAsInt();
        } catch (RuntimeException e) {
            throw new BuildFailure("'" + name + "' of an entry must be a number");
        }
    }
}
