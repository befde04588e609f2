package org.nixj.flake;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** {@code nix flake metadata}: a locked flake described as text (with its input tree) or as JSON. */
public final class FlakeMetadata {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String BOLD = "\u001b[1m";
    private static final String NORMAL = "\u001b[0m";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private FlakeMetadata() {}

    /**
     * The text {@code nix flake metadata} prints, a line each; bold labels with {@code ansi}. The flake's own
     * time is local time, the inputs' UTC, as in Nix.
     */
    public static List<String> text(LockedFlake flake, boolean ansi, ZoneId localZone) {
        List<String> lines = new java.util.ArrayList<>();
        String bold = ansi ? BOLD : "";
        String normal = ansi ? NORMAL : "";
        SortedMap<String, Object> locked = flake.rootLocked();
        lines.add(bold + "Resolved URL:" + normal + "  " + flake.ref());
        FlakeRef lockedRef = flake.lockedRef();
        if (lockedRef.isLocked()) {
            lines.add(bold + "Locked URL:" + normal + "    " + lockedRef);
        }
        flake.description().ifPresent(d -> lines.add(bold + "Description:" + normal + "   " + d));
        lines.add(bold + "Path:" + normal + "          " + flake.storePath());
        string(locked, "rev").ifPresent(rev -> lines.add(bold + "Revision:" + normal + "      " + rev));
        string(locked, "dirtyRev").ifPresent(rev -> lines.add(bold + "Revision:" + normal + "      " + rev));
        number(locked, "revCount").ifPresent(n -> lines.add(bold + "Revisions:" + normal + "     " + n));
        number(locked, "lastModified").ifPresent(time -> lines.add(bold + "Last modified:" + normal + " "
                + DATE_TIME.format(Instant.ofEpochSecond(time).atZone(localZone))));
        LockFile lock = flake.lockFile();
        if (!lock.rootNode().inputs().isEmpty()) {
            lines.add(bold + "Inputs:" + normal);
        }
        Set<String> visited = new HashSet<>();
        visited.add(lock.root());
        tree(lock, lock.rootNode(), "", visited, lines, bold, normal);
        return lines;
    }

    private static void tree(LockFile lock, LockFile.Node node, String prefix, Set<String> visited, List<String> lines,
                             String bold, String normal) {
        int i = 0;
        for (Map.Entry<String, LockFile.Edge> input : node.inputs().entrySet()) {
            boolean last = ++i == node.inputs().size();
            String branch = prefix + (last ? "\u2514\u2500\u2500\u2500" : "\u251c\u2500\u2500\u2500");
            switch (input.getValue()) {
                case LockFile.NodeRef ref -> {
                    LockFile.Node child = lock.node(ref.key()).orElseThrow();
                    SortedMap<String, Object> childLocked = child.locked().orElseGet(TreeMap::new);
                    String date = number(childLocked, "lastModified")
                            .map(time -> " (" + DATE_TIME.format(Instant.ofEpochSecond(time).atZone(ZoneOffset.UTC)) + ")")
                            .orElse("");
                    lines.add(branch + bold + input.getKey() + normal + ": " + FlakeRef.fromAttrs(childLocked) + date);
                    if (visited.add(ref.key())) {
                        tree(lock, child, prefix + (last ? "    " : "\u2502   "), visited, lines, bold, normal);
                    }
                }
                case LockFile.Follows follows -> lines.add(branch + bold + input.getKey() + normal + " follows input '"
                        + LockFile.printInputPath(follows.path()) + "'");
            }
        }
    }

    /** The JSON {@code nix flake metadata --json} prints (one line). */
    public static String json(LockedFlake flake) {
        SortedMap<String, JsonElement> j = new TreeMap<>();
        SortedMap<String, Object> locked = flake.rootLocked();
        flake.description().ifPresent(d -> j.put("description", GSON.toJsonTree(d)));
        j.put("originalUrl", GSON.toJsonTree(flake.original().toString()));
        j.put("original", GSON.toJsonTree(new TreeMap<>(flake.original().toAttrs())));
        j.put("resolvedUrl", GSON.toJsonTree(flake.ref().toString()));
        j.put("resolved", GSON.toJsonTree(new TreeMap<>(flake.ref().toAttrs())));
        j.put("url", GSON.toJsonTree(flake.lockedRef().toString()));
        j.put("locked", GSON.toJsonTree(new TreeMap<>(flake.lockedRef().toAttrs())));
        string(locked, "rev").ifPresent(rev -> j.put("revision", GSON.toJsonTree(rev)));
        string(locked, "dirtyRev").ifPresent(rev -> j.put("dirtyRevision", GSON.toJsonTree(rev)));
        number(locked, "revCount").ifPresent(n -> j.put("revCount", GSON.toJsonTree(n)));
        number(locked, "lastModified").ifPresent(time -> j.put("lastModified", GSON.toJsonTree(time)));
        j.put("path", GSON.toJsonTree(flake.storePath()));
        j.put("locks", JsonParser.parseString(flake.lockFile().canonical().write()));
        JsonObject object = new JsonObject();
        j.forEach(object::add);
        return GSON.toJson(object);
    }

    private static Optional<String> string(Map<String, Object> attrs, String name) {
        return attrs.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    private static Optional<Long> number(Map<String, Object> attrs, String name) {
        return attrs.get(name) instanceof Long n ? Optional.of(n) : Optional.empty();
    }
}
