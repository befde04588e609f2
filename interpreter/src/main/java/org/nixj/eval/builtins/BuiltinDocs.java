package org.nixj.eval.builtins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Documentation of builtins, read from a Markdown resource in which every entry starts with a heading line
 * {@code # name arg1 arg2} (one argument name per argument the builtin takes) followed by its text. Read
 * only when first asked, so that evaluations which never show documentation never pay for it.
 */
public final class BuiltinDocs {
    private static final String HEADING = "# ";

    /** The documentation of the builtins every evaluator has. */
    static final BuiltinDocs CORE = fromResource(BuiltinDocs.class, "builtins.md");

    private final Class<?> owner;
    private final String resource;
    private volatile Map<String, BuiltinDoc> entries;

    private BuiltinDocs(Class<?> owner, String resource) {
        this.owner = owner;
        this.resource = resource;
    }

    /** The documentation in {@code resource}, found as {@code owner.getResourceAsStream(resource)} finds it. */
    public static BuiltinDocs fromResource(Class<?> owner, String resource) {
        return new BuiltinDocs(owner, resource);
    }

    /** Documentation given as entries, by name (for groups that build theirs in code). */
    public static BuiltinDocs of(Map<String, BuiltinDoc> entries) {
        BuiltinDocs docs = new BuiltinDocs(BuiltinDocs.class, null);
        docs.entries = Map.copyOf(entries);
        return docs;
    }

    /** The documentation of {@code name}, if there is any. */
    public Optional<BuiltinDoc> find(String name) {
        return Optional.ofNullable(entries().get(name));
    }

    /** Every entry, in the order of the resource. */
    public Map<String, BuiltinDoc> entries() {
        Map<String, BuiltinDoc> read = entries;
        if (read == null) {
            read = parse(load());
            entries = read;
        }
        return read;
    }

    private String load() {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing documentation resource " + resource + " of " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, BuiltinDoc> parse(String markdown) {
        Map<String, BuiltinDoc> entries = new LinkedHashMap<>();
        String[] heading = null;
        StringBuilder text = new StringBuilder();
        for (String line : (markdown + "\n" + HEADING + "\n").split("\n", -1)) {
            if (!line.startsWith(HEADING)) {
                text.append(line).append('\n');
                continue;
            }
            if (heading != null) {
                List<String> parameters = Arrays.asList(heading).subList(1, heading.length);
                entries.put(heading[0], new BuiltinDoc(heading[0], parameters, text.toString().strip()));
            }
            heading = line.substring(HEADING.length()).trim().split("\\s+");
            text.setLength(0);
        }
        return entries;
    }
}
