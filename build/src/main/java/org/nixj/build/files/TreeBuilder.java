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
import org.nixj.os.FileNames;
import org.nixj.store.FileKind;

/**
 * {@code builtin:nixj-tree}: a folder made of listed entries, behind NixOS's {@code etc} and the system's
 * top-level folder. {@code entries} is a list of sets, each with a {@code path} inside the output and one of:
 * <ul>
 *   <li>{@code text} (and {@code mode}, default {@code "0444"}): a file with that text;</li>
 *   <li>{@code source} with {@code mode = "symlink"} (the default): a link to that store path;</li>
 *   <li>{@code source} with a {@code mode} such as {@code "0640"}: a copy of the file (or folder) there;</li>
 *   <li>{@code target}: a symlink with exactly that target ({@code /dev/null}, a relative name);</li>
 *   <li>{@code directory = true}: an empty folder;</li>
 *   <li>{@code merge}: a store folder whose files are linked under {@code path} where no other entry gives one
 *       (the packages' own {@code /etc} files beside NixOS's {@code environment.etc}): its folders become
 *       folders, its symlinks are copied, its other files linked; a name inside a link another entry made is
 *       left out, and a folder that does not exist adds nothing. Merges come after every other entry, in their
 *       order, so the other entries win whatever their place in the list.</li>
 * </ul>
 * An entry may have {@code ifExists = { source; ... }}: when the store path {@code ifExists.source} exists (as a
 * file or a link), the other attributes of {@code ifExists} replace the entry's own (a unit of the configuration
 * becomes a drop-in of a unit a package already has, NixOS's "asDropinIfExists": {@code path} is replaced).
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
        List<JsonObject> merges = new ArrayList<>();
        for (JsonElement element : context.attributes().json("entries").map(JsonElement::getAsJsonArray)
                .orElseThrow(() -> new BuildFailure("attribute 'entries' is missing"))) {
            if (!element.isJsonObject()) {
                throw new BuildFailure("every element of 'entries' must be a set");
            }
            JsonObject entry = element.getAsJsonObject();
            if (entry.has("merge")) {
                merges.add(entry);
            } else {
                add(context, out, entry, ownership);
            }
        }
        for (JsonObject entry : merges) {
            String path = checkedPath(string(entry, "path", null));
            String source = string(entry, "merge", null);
            Path from = context.physical(source);
            if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(out.resolve(path));
                merge(source, from, out.resolve(path));
            } else if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                throw new BuildFailure("'" + source + "', merged at '" + path + "', is not a folder");
            }
        }
        Ownership.write(out, ownership);
    }

    private static String checkedPath(String path) throws BuildFailure {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.endsWith("/")
                || List.of(path.split("/")).stream().anyMatch(part -> part.isEmpty() || part.equals(".") || part.equals(".."))) {
            throw new BuildFailure("entry path '" + path + "' must be a relative path such as 'etc/hostname'");
        }
        return path;
    }

    /**
     * Links the files of the store folder {@code source} (on disk at {@code from}) into the output folder
     * {@code to}, leaving out the names the output already has and what lies under its links and files.
     */
    private static void merge(String source, Path from, Path to) throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(from)) {
            children = list.sorted().toList();
        }
        for (Path child : children) {
            // Names keep their bytes (FileNames): the text is for the logical path, the Path for the file.
            String name = FileNames.name(child);
            Path there = to.resolve(child.getFileName());
            boolean taken = Files.exists(there, LinkOption.NOFOLLOW_LINKS);
            if (FileKind.of(child) == FileKind.DIRECTORY) {
                if (!taken) {
                    Files.createDirectory(there);
                }
                if (Files.isDirectory(there, LinkOption.NOFOLLOW_LINKS)) {
                    merge(source + "/" + name, child, there);
                }
            } else if (!taken) {
                Files.createSymbolicLink(there, Files.isSymbolicLink(child) ? Files.readSymbolicLink(child) : FileNames.of(source + "/" + name));
            }
        }
    }

    /** The entry as it is to be written: with the attributes of its {@code ifExists} when that store path exists. */
    private static JsonObject chosen(BuildContext context, JsonObject entry) throws BuildFailure {
        JsonElement ifExists = entry.get("ifExists");
        if (ifExists == null || ifExists.isJsonNull()) {
            return entry;
        }
        String path = string(entry, "path", null);
        if (!ifExists.isJsonObject()) {
            throw new BuildFailure("'ifExists' of entry '" + path + "' must be a set with 'source' and the attributes it replaces");
        }
        String existing = string(ifExists.getAsJsonObject(), "source", null);
        if (existing == null) {
            throw new BuildFailure("'ifExists' of entry '" + path + "' has no 'source'");
        }
        if (!Files.exists(context.physical(existing), LinkOption.NOFOLLOW_LINKS)) {
            return entry;
        }
        JsonObject replaced = entry.deepCopy();
        replaced.remove("ifExists");
        ifExists.getAsJsonObject().entrySet().stream()
                .filter(attribute -> !attribute.getKey().equals("source"))
                .forEach(attribute -> replaced.add(attribute.getKey(), attribute.getValue()));
        return replaced;
    }

    private static void add(BuildContext context, Path out, JsonObject given, List<Ownership> ownership)
            throws BuildFailure, IOException {
        JsonObject entry = chosen(context, given);
        String path = checkedPath(string(entry, "path", null));
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
                    copy(child, to.resolve(child.getFileName()));
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
