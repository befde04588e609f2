package org.nixj.flake;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.nixj.os.FileNames;

/**
 * Flake registries, as Nix reads them (version 2 of {@code registry.json}): what an indirect reference such as
 * {@code nixpkgs} or {@code flake:foo/branch} stands for. A registry is a list of entries {@code from -> to};
 * an entry matches an indirect reference with the same ID (and the same {@code ref} and {@code rev} where the
 * entry names them), and the reference's own {@code ref} and {@code rev} carry over to the target, unless the
 * entry is {@code exact}.
 *
 * <p>nixj reads, in this order, the user registry ({@code $XDG_CONFIG_HOME/nix/registry.json}, else
 * {@code ~/.config/nix/registry.json}), the system one ({@code /etc/nix/registry.json}) and the global one: a
 * file given with {@code --flake-registry}. Unlike Nix, nixj never downloads the global registry: without
 * {@code --flake-registry} there is none, and {@code nixpkgs} falls back to the bundled library.
 *
 * @param entries the entries in lookup order (the first that matches wins)
 */
public record FlakeRegistry(List<Entry> entries) {
    /** The longest chain of entries followed before Nix gives up on a cycle. */
    private static final int MAX_STEPS = 100;

    public FlakeRegistry {
        entries = List.copyOf(entries);
    }

    /**
     * One entry.
     *
     * @param from the indirect reference it matches
     * @param to what it stands for
     * @param exact match only a reference equal to {@code from}, and carry nothing over
     */
    public record Entry(FlakeRef from, FlakeRef to, boolean exact) {}

    /** A registry without entries. */
    public static FlakeRegistry empty() {
        return new FlakeRegistry(List.of());
    }

    /**
     * The registries Nix reads, in its order: the user's ({@code XDG_CONFIG_HOME} from {@code environment}, or
     * {@code home/.config}), {@code /etc/nix/registry.json}, and {@code global} when given. Missing files count
     * as empty registries; one that cannot be read gets Nix's warning on {@code warnings} and counts as empty.
     */
    public static FlakeRegistry standard(Map<String, String> environment, String home, Optional<Path> global,
                                         Consumer<String> warnings) {
        Path user = userRegistryFile(environment, home);
        FlakeRegistry registry = readOrWarn(user, warnings).then(readOrWarn(Path.of("/etc/nix/registry.json"), warnings));
        return global.isPresent() ? registry.then(readOrWarn(global.get(), warnings)) : registry;
    }

    private static FlakeRegistry readOrWarn(Path file, Consumer<String> warnings) {
        try {
            return read(file);
        } catch (FlakeException e) {
            warnings.accept("warning: cannot read flake registry '" + file + "': error: " + e.getMessage());
            return empty();
        }
    }

    /** The user registry's file: where {@code nixj registry add} writes. */
    public static Path userRegistryFile(Map<String, String> environment, String home) {
        String config = environment.get("XDG_CONFIG_HOME");
        return (config != null && !config.isEmpty() ? FileNames.of(config) : FileNames.of(home).resolve(".config")).resolve("nix/registry.json");
    }

    /** The registry in {@code file}; empty when there is no such file. */
    public static FlakeRegistry read(Path file) {
        if (!Files.exists(file)) {
            return empty();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new FlakeException("cannot read flake registry '" + file + "': " + e.getMessage(), e);
        }
    }

    /** The registry {@code json} describes ({@code where} names it in errors). */
    public static FlakeRegistry parse(String json, String where) {
        try {
            JsonObject top = JsonParser.parseString(json).getAsJsonObject();
            long version = top.has("version") ? top.get("version").getAsLong() : 0;
            if (version != 2) {
                throw new FlakeException("flake registry '" + where + "' has unsupported version " + version);
            }
            List<Entry> entries = new ArrayList<>();
            if (top.has("flakes")) {
                for (JsonElement e : top.getAsJsonArray("flakes")) {
                    JsonObject entry = e.getAsJsonObject();
                    FlakeRef from = FlakeRef.fromAttrs(attrs(entry.getAsJsonObject("from")));
                    FlakeRef to = FlakeRef.fromAttrs(attrs(entry.getAsJsonObject("to")));
                    boolean exact = entry.has("exact") && entry.get("exact").getAsBoolean();
                    if (!from.isIndirect()) {
                        throw new FlakeException("flake registry '" + where + "' has a non-indirect 'from' reference '" + from + "'");
                    }
                    entries.add(new Entry(from, to, exact));
                }
            }
            return new FlakeRegistry(entries);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NullPointerException e) {
            throw new FlakeException("cannot parse flake registry '" + where + "': " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> attrs(JsonObject object) {
        Map<String, Object> attrs = new TreeMap<>();
        object.entrySet().forEach(e -> {
            JsonPrimitive p = e.getValue().getAsJsonPrimitive();
            attrs.put(e.getKey(), p.isBoolean() ? (Object) p.getAsBoolean() : p.isNumber() ? (Object) p.getAsLong() : p.getAsString());
        });
        return attrs;
    }

    /** This registry's entries, then {@code next}'s. */
    public FlakeRegistry then(FlakeRegistry next) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(next.entries);
        return new FlakeRegistry(all);
    }

    /**
     * What {@code ref} stands for: {@code ref} itself when it is direct, else the target of the first entry
     * that matches, looked up again while it is indirect; empty when no entry matches.
     *
     * @throws FlakeException when the entries form a cycle
     */
    public Optional<FlakeRef> resolve(FlakeRef ref) {
        FlakeRef current = ref;
        for (int step = 0; step < MAX_STEPS; step++) {
            if (!current.isIndirect()) {
                return Optional.of(current);
            }
            Optional<FlakeRef> next = lookup(current);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        throw new FlakeException("cycle detected in flake registry for '" + ref + "'");
    }

    private Optional<FlakeRef> lookup(FlakeRef ref) {
        Map<String, Object> input = ref.input();
        for (Entry entry : entries) {
            Map<String, Object> from = entry.from().input();
            if (entry.exact()) {
                if (from.equals(input)) {
                    return Optional.of(withSubdir(entry.to(), ref));
                }
                continue;
            }
            if (from.get("id").equals(input.get("id")) && matches(from, input, "ref") && matches(from, input, "rev")) {
                Map<String, Object> target = new TreeMap<>(entry.to().toAttrs());
                // The reference's branch and revision carry over, unless the entry fixed them.
                for (String name : List.of("ref", "rev")) {
                    if (!from.containsKey(name) && input.containsKey(name)) {
                        target.put(name, input.get(name));
                    }
                }
                return Optional.of(withSubdir(FlakeRef.fromAttrs(target), ref));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Map<String, Object> from, Map<String, Object> input, String name) {
        return !from.containsKey(name) || from.get(name).equals(input.get(name));
    }

    /** The reference's own {@code dir} wins over the target's. */
    private static FlakeRef withSubdir(FlakeRef target, FlakeRef ref) {
        return ref.subdir().isEmpty() ? target : new FlakeRef(target.input(), ref.subdir());
    }

    /** The registry with {@code entry} in place of any entry from the same reference, last (as Nix adds it). */
    public FlakeRegistry with(Entry entry) {
        List<Entry> all = new ArrayList<>(without(entry.from()).entries);
        all.add(entry);
        return new FlakeRegistry(all);
    }

    /** The registry without the entries from {@code from}. */
    public FlakeRegistry without(FlakeRef from) {
        return new FlakeRegistry(entries.stream().filter(e -> !e.from().equals(from)).toList());
    }

    /** The registry as Nix writes {@code registry.json} (version 2). */
    public String write() {
        JsonArray flakes = new JsonArray();
        for (Entry entry : entries) {
            JsonObject o = new JsonObject();
            if (entry.exact()) {
                o.addProperty("exact", true);
            }
            o.add("from", json(entry.from()));
            o.add("to", json(entry.to()));
            flakes.add(o);
        }
        JsonObject top = new JsonObject();
        top.add("flakes", flakes);
        top.addProperty("version", 2);
        // As Nix writes it: sorted keys, two-space indentation, no final newline.
        return new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(top);
    }

    private static JsonObject json(FlakeRef ref) {
        JsonObject o = new JsonObject();
        new TreeMap<>(ref.toAttrs()).forEach((name, value) -> {
            switch (value) {
                case Boolean b -> o.addProperty(name, b);
                case Long n -> o.addProperty(name, n);
                default -> o.addProperty(name, String.valueOf(value));
            }
        });
        return o;
    }

    /** Writes the registry to {@code file} atomically, making its folder if needed. */
    public void writeTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".registry", ".tmp");
            try {
                Files.writeString(temp, write(), StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new FlakeException("cannot write flake registry '" + file + "': " + e.getMessage(), e);
        }
    }
}
