package org.nixj.flake;

import com.google.gson.GsonBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.nixj.eval.Evaluator;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Lazy;

/**
 * {@code nix flake show}: the outputs of a flake as a tree (text) or a JSON document, evaluating no more than
 * current Nix does. Packages, checks, development shells and formatters of other systems than the given one
 * are omitted unless all systems are asked for, {@code legacyPackages} unless legacy is, and sets that only
 * frameworks' laziness put there (an empty {@code packages.<system>}) are left out.
 *
 * <pre>{@code
 * FlakeShow.text(evaluator, flakes.evaluate(locked), locked.lockedRef().toString(),
 *         new FlakeShow.Options(false, false, "x86_64-linux", false), System.out::println, System.err::println);
 * }</pre>
 */
public final class FlakeShow {
    private static final String TREE_CONN = "\u251c\u2500\u2500\u2500";
    private static final String TREE_LAST = "\u2514\u2500\u2500\u2500";
    private static final String TREE_LINE = "\u2502   ";
    private static final String TREE_NULL = "    ";

    /** The outputs that hold one set per system whose members are shown ({@code packages.<system>.x}). */
    private static final Set<String> PER_SYSTEM_SETS = Set.of("checks", "packages", "devShells", "apps");
    /** The outputs whose members are pruned when they have no content. */
    private static final Set<String> PRUNED_TWO_LEVELS = Set.of("apps", "checks", "devShells", "legacyPackages", "packages");
    private static final Set<String> PRUNED_ONE_LEVEL = Set.of("formatter", "nixosConfigurations", "nixosModules", "overlays");
    /** The outputs shown a level deep. */
    private static final Set<String> SHOWN_ONE_LEVEL = Set.of("defaultPackage", "devShell", "formatter",
            "nixosConfigurations", "nixosModules", "defaultApp", "templates", "overlays");

    /**
     * What to show.
     *
     * @param allSystems show the outputs of every system, not only {@code system}'s
     * @param legacy show {@code legacyPackages}
     * @param system this machine's system
     * @param ansi colour and bold the text as Nix does on a terminal
     */
    public record Options(boolean allSystems, boolean legacy, String system, boolean ansi) {}

    private final Options options;
    private final boolean json;
    private final Consumer<String> lines;
    private final Consumer<String> warnings;

    private FlakeShow(Options options, boolean json, Consumer<String> lines, Consumer<String> warnings) {
        this.options = options;
        this.json = json;
        this.lines = lines;
        this.warnings = warnings;
    }

    /**
     * Shows {@code outputs} as a tree under {@code header} (the flake's locked reference), giving each line to
     * {@code lines} as soon as it is known (as Nix does, a failure leaves the lines before it printed).
     *
     * @param warnings where Nix's warnings go, a whole line each ({@code warning: ...})
     */
    public static void text(Evaluator evaluator, Lazy outputs, String header, Options options, Consumer<String> lines,
                            Consumer<String> warnings) {
        FlakeShow show = new FlakeShow(options, false, lines, warnings);
        show.visit(OutputCursor.root(evaluator, outputs), show.bold(header), "");
    }

    /** Shows {@code outputs} as the JSON document {@code nix flake show --json} prints (one line). */
    public static String json(Evaluator evaluator, Lazy outputs, Options options, Consumer<String> warnings) {
        FlakeShow show = new FlakeShow(options, true, line -> {}, warnings);
        SortedMap<String, Object> document = show.visit(OutputCursor.root(evaluator, outputs), "", "");
        return new GsonBuilder().disableHtmlEscaping().create().toJson(document);
    }

    private SortedMap<String, Object> visit(OutputCursor cursor, String header, String nextPrefix) {
        SortedMap<String, Object> j = new TreeMap<>();
        int depth = cursor.depth();
        String output = depth == 0 ? "" : cursor.output();
        try {
            if (depth == 0 || depth == 1 && SHOWN_ONE_LEVEL.contains(output)
                    || (depth == 1 || depth == 2) && PER_SYSTEM_SETS.contains(output)) {
                recurse(cursor, header, nextPrefix, j);
            } else if (depth == 2 && Set.of("defaultPackage", "devShell", "formatter").contains(output)
                    || depth == 3 && Set.of("checks", "packages", "devShells").contains(output)) {
                if (!options.allSystems() && !cursor.path().get(1).equals(options.system())) {
                    omitted(cursor, header, "--all-systems");
                } else if (cursor.isDerivation()) {
                    showDerivation(cursor, header, j);
                } else {
                    warnings.accept("warning: " + cursor.pathString() + ".name is not a derivation");
                }
            } else if (depth > 0 && output.equals("hydraJobs")) {
                if (cursor.isDerivation()) {
                    showDerivation(cursor, header, j);
                } else {
                    recurse(cursor, header, nextPrefix, j);
                }
            } else if (depth > 0 && output.equals("legacyPackages")) {
                showLegacy(cursor, header, nextPrefix, j);
            } else if (depth == 2 && output.equals("defaultApp") || depth == 3 && output.equals("apps")) {
                showApp(cursor, header, j);
            } else if (depth == 1 && output.equals("defaultTemplate") || depth == 2 && output.equals("templates")) {
                String description = cursor.required("description").string();
                if (json) {
                    j.put("type", "template");
                    j.put("description", description);
                } else {
                    lines.accept(header + ": template: " + bold(description));
                }
            } else {
                Kind kind = Kind.of(cursor);
                if (json) {
                    j.put("type", kind.type());
                } else {
                    lines.accept(header + ": " + warning(kind.description()));
                }
            }
        } catch (EvalError e) {
            // nixpkgs' legacyPackages hold attributes that fail; Nix shows what it can of them.
            if (!(depth > 0 && output.equals("legacyPackages"))) {
                throw e;
            }
        }
        return j;
    }

    private void recurse(OutputCursor cursor, String header, String nextPrefix, Map<String, Object> j) {
        if (!json) {
            lines.accept(header);
        }
        List<String> shown = new ArrayList<>();
        for (String name : cursor.names()) {
            if (hasContent(cursor.child(name))) {
                shown.add(name);
            }
        }
        for (int i = 0; i < shown.size(); i++) {
            boolean last = i + 1 == shown.size();
            String name = shown.get(i);
            SortedMap<String, Object> child = visit(cursor.child(name),
                    green(nextPrefix + (last ? TREE_LAST : TREE_CONN)) + bold(name),
                    nextPrefix + (last ? TREE_NULL : TREE_LINE));
            j.put(name, child);
        }
    }

    /**
     * Whether an attribute is worth showing: a set of the outputs that frameworks fill lazily (such as
     * {@code packages.<system>}) is when one of its members is; anything else is, and so is a set that fails.
     */
    private boolean hasContent(OutputCursor cursor) {
        int depth = cursor.depth();
        String output = cursor.output();
        try {
            if (PRUNED_TWO_LEVELS.contains(output) && (depth == 1 || depth == 2) || depth == 1 && PRUNED_ONE_LEVEL.contains(output)) {
                for (String name : cursor.names()) {
                    if (hasContent(cursor.child(name))) {
                        return true;
                    }
                }
                return false;
            }
            return true;
        } catch (EvalError e) {
            return true;
        }
    }

    private void showDerivation(OutputCursor cursor, String header, Map<String, Object> j) {
        String name = cursor.required("name").string();
        if (json) {
            String description = "";
            OutputCursor meta = cursor.childIfExists("meta");
            OutputCursor d = meta == null ? null : meta.childIfExists("description");
            if (d != null) {
                description = d.string();
            }
            j.put("type", "derivation");
            j.put("name", name);
            j.put("description", description);
            return;
        }
        int depth = cursor.depth();
        String output = cursor.output();
        String what = depth == 2 && output.equals("devShell") || depth >= 2 && output.equals("devShells")
                ? "development environment"
                : depth == 3 && output.equals("checks") || output.equals("hydraJobs") ? "derivation" : "package";
        lines.accept(header + ": " + what + " '" + name + "'");
    }

    private void showLegacy(OutputCursor cursor, String header, String nextPrefix, Map<String, Object> j) {
        int depth = cursor.depth();
        if (depth == 1) {
            recurse(cursor, header, nextPrefix, j);
        } else if (!options.legacy()) {
            omitted(cursor, header, "--legacy");
        } else if (!options.allSystems() && !cursor.path().get(1).equals(options.system())) {
            omitted(cursor, header, "--all-systems");
        } else if (cursor.isDerivation()) {
            showDerivation(cursor, header, j);
        } else if (depth <= 2) {
            recurse(cursor, header, nextPrefix, j);
        }
    }

    private void showApp(OutputCursor cursor, String header, Map<String, Object> j) {
        OutputCursor type = cursor.childIfExists("type");
        OutputCursor meta = cursor.childIfExists("meta");
        OutputCursor d = meta == null ? null : meta.childIfExists("description");
        String description = d == null ? null : d.string();
        if (type == null || !type.string().equals("app")) {
            throw new EvalError(ErrorKind.EVAL, "not an app definition");
        }
        if (json) {
            j.put("type", "app");
            if (description != null) {
                j.put("description", description);
            }
        } else {
            lines.accept(header + ": app: " + bold(description == null ? "no description" : description));
        }
    }

    private void omitted(OutputCursor cursor, String header, String flag) {
        if (json) {
            warnings.accept("warning: " + cursor.pathString() + " omitted (use '" + flag + "' to show)");
        } else {
            lines.accept(header + " " + warning("omitted") + " (use '" + flag + "' to show)");
        }
    }

    /** The JSON type and the text of an output nothing more is known of than where it is. */
    private record Kind(String type, String description) {
        static Kind of(OutputCursor cursor) {
            int depth = cursor.depth();
            String output = cursor.output();
            if (depth == 1 && output.equals("overlay") || depth == 2 && output.equals("overlays")) {
                return new Kind("nixpkgs-overlay", "Nixpkgs overlay");
            }
            if (depth == 2 && output.equals("nixosConfigurations")) {
                return new Kind("nixos-configuration", "NixOS configuration");
            }
            if (depth == 1 && output.equals("nixosModule") || depth == 2 && output.equals("nixosModules")) {
                return new Kind("nixos-module", "NixOS module");
            }
            return new Kind("unknown", "unknown");
        }
    }

    private String bold(String text) {
        return options.ansi() ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    private String green(String text) {
        return options.ansi() ? "\u001b[32;1m" + text + "\u001b[0m" : text;
    }

    private String warning(String text) {
        return options.ansi() ? "\u001b[35;1m" + text + "\u001b[0m" : text;
    }
}
