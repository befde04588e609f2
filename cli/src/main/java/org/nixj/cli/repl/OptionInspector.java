package org.nixj.cli.repl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.nixj.eval.ByteStrings;
import org.nixj.eval.Evaluator;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixPath;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.Value;
import org.nixj.source.NixError;

/**
 * {@code :o NAME}, like {@code nixos-option}: a NixOS option's value, type, default, description, the files
 * that declare it, and the definitions that make its value (the ones of the highest priority, which the
 * module system keeps), with their files and that priority. The options are those of {@code options} in
 * scope (as {@code nixj repl '<nixpkgs/nixos>'} gives), else of the one configuration in
 * {@code nixosConfigurations}; {@code NAME} may also be a whole expression such as
 * {@code nixosConfigurations.iso.options.networking.hostName}.
 */
final class OptionInspector {
    private static final int VALUE_DEPTH = 4;

    private final ReplSession session;
    private final Evaluator evaluator;

    OptionInspector(ReplSession session) {
        this.session = session;
        this.evaluator = session.evaluator();
    }

    /** What {@code name} is: an option described, or the names a group of options holds. */
    String describe(String name) {
        Value found = find(name);
        if (!(found instanceof NixAttrs attrs)) {
            throw new ReplError("'" + name + "' is not an option but " + found.showType());
        }
        if (!isOption(attrs)) {
            StringBuilder text = new StringBuilder("'" + name + "' is a group of options:\n");
            for (String child : attrs.names()) {
                text.append("  ").append(child).append('\n');
            }
            return text.toString();
        }
        return option(attrs);
    }

    /** The options of the configuration in scope, if there is one. */
    Optional<NixAttrs> optionsRoot() {
        NixAttrs scope = session.scopeAttrs();
        Lazy options = scope.get("options");
        if (options != null && evaluator.force(options) instanceof NixAttrs o) {
            return Optional.of(o);
        }
        Lazy configurations = scope.get("nixosConfigurations");
        if (configurations != null && evaluator.force(configurations) instanceof NixAttrs c && c.size() == 1
                && evaluator.force(c.value(0)) instanceof NixAttrs system && system.get("options") != null
                && evaluator.force(system.get("options")) instanceof NixAttrs o) {
            return Optional.of(o);
        }
        return Optional.empty();
    }

    private Value find(String name) {
        Optional<NixAttrs> root = optionsRoot();
        if (root.isPresent()) {
            Value v = root.get();
            for (String part : AttrPaths.split(name)) {
                if (!(v instanceof NixAttrs attrs) || isOption(attrs) || !attrs.has(part)) {
                    return findAsExpression(name, "no option '" + name + "' in the configuration in scope");
                }
                v = evaluator.force(attrs.get(part));
            }
            return v;
        }
        return findAsExpression(name, "no NixOS configuration in scope: load one (':lf .' for a flake with one"
                + " nixosConfiguration, ':l <nixpkgs/nixos>'), or name the option in full"
                + " (':o nixosConfigurations.NAME.options.PATH')");
    }

    /** {@code name} evaluated as an expression, when that gives an option; else the error {@code otherwise}. */
    private Value findAsExpression(String name, String otherwise) {
        try {
            Value v = session.evaluate(name);
            if (v instanceof NixAttrs attrs && isOption(attrs)) {
                return v;
            }
        } catch (NixError e) {
            // Not an expression of an option either: the message below says what to do.
        }
        throw new ReplError(otherwise);
    }

    private boolean isOption(NixAttrs attrs) {
        Lazy type = attrs.get("_type");
        return type != null && evaluator.force(type) instanceof NixString s && s.value().equals("option");
    }

    private String option(NixAttrs option) {
        StringBuilder text = new StringBuilder();
        section(text, "Value", guardedValue(option.get("value")));
        Lazy type = option.get("type");
        if (type != null && evaluator.force(type) instanceof NixAttrs t) {
            text(t, "description").ifPresent(d -> section(text, "Type", d));
        }
        Optional<String> defaultText = text(option, "defaultText").or(() -> Optional.ofNullable(option.get("default"))
                .map(this::guardedValue));
        defaultText.ifPresent(d -> section(text, "Default", d));
        text(option, "example").ifPresent(e -> section(text, "Example", e));
        text(option, "description").ifPresent(d -> section(text, "Description", d));
        List<String> declarations = strings(option.get("declarations"));
        if (!declarations.isEmpty()) {
            section(text, "Declared by", String.join("\n", declarations));
        }
        definitions(option, text);
        return text.toString();
    }

    private void definitions(NixAttrs option, StringBuilder text) {
        Lazy all = option.get("_definitionsWithPriorities");
        if (all != null && evaluator.force(all) instanceof NixList list && list.size() > 0) {
            everyDefinition(list, text);
            return;
        }
        Lazy defs = option.get("definitionsWithLocations");
        if (defs == null || !(evaluator.force(defs) instanceof NixList list) || list.size() == 0) {
            section(text, "Defined by", "nothing (the option has no definition)");
            return;
        }
        String priority = "";
        if (option.get("highestPrio") != null && evaluator.force(option.get("highestPrio")) instanceof NixInt p) {
            priority = " (priority " + p.value() + priorityName(p.value()) + ")";
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            if (evaluator.force(list.get(i)) instanceof NixAttrs def) {
                body.append(text(def, "file").orElse("<unknown-file>")).append(":\n");
                body.append(indent(guardedValue(def.get("value")), "  ")).append('\n');
            }
        }
        section(text, "Defined by" + priority, body.toString().stripTrailing());
    }

    /**
     * Every definition of an option (nixj's module system keeps them), strongest first: its file, its priority,
     * and whether it lost to a stronger one. This is why the value is what it is.
     */
    private void everyDefinition(NixList list, StringBuilder text) {
        record Definition(String file, long priority, Lazy value) {}
        List<Definition> definitions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (evaluator.force(list.get(i)) instanceof NixAttrs def && evaluator.force(def.get("priority")) instanceof NixInt p) {
                definitions.add(new Definition(text(def, "file").orElse("<unknown-file>"), p.value(), def.get("value")));
            }
        }
        definitions.sort(Comparator.comparingLong(Definition::priority));
        long winning = definitions.get(0).priority();
        StringBuilder body = new StringBuilder();
        for (Definition d : definitions) {
            body.append(d.file()).append(" (priority ").append(d.priority()).append(priorityName(d.priority()))
                    .append(d.priority() == winning ? "" : "; overridden").append("):\n");
            body.append(indent(guardedValue(d.value()), "  ")).append('\n');
        }
        section(text, "Defined by", body.toString().stripTrailing());
    }

    /** What a priority means, in the names of the functions that give it. */
    private static String priorityName(long priority) {
        return switch ((int) priority) {
            case 50 -> ", mkForce";
            case 60 -> ", mkImageMediaOverride";
            case 100 -> ", a plain definition";
            case 1000 -> ", mkDefault";
            case 1500 -> ", the option's default";
            default -> "";
        };
    }

    private static void section(StringBuilder text, String title, String body) {
        text.append(title).append(":\n").append(indent(body, "  ")).append("\n\n");
    }

    private static String indent(String body, String indent) {
        return indent + body.replace("\n", "\n" + indent);
    }

    /** A value printed for reading, a few levels deep; an error in it is shown instead of failing the command. */
    private String guardedValue(Lazy value) {
        if (value == null) {
            return "(none)";
        }
        try {
            return ByteStrings.toText(evaluator.print(value, session.printOptions().withMaxDepth(VALUE_DEPTH)));
        } catch (NixError e) {
            return "error: " + ByteStrings.toText(e.getMessage());
        }
    }

    /**
     * The attribute {@code name} as text: a string as it is, a documentation value ({@code mdDoc},
     * {@code literalExpression}: a set with {@code text}) as its text, anything else printed.
     */
    private Optional<String> text(NixAttrs attrs, String name) {
        Lazy value = attrs.get(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            Value v = evaluator.force(value);
            if (v instanceof NixString s) {
                return Optional.of(ByteStrings.toText(s.value()));
            }
            if (v instanceof NixAttrs set && set.get("text") != null && evaluator.force(set.get("text")) instanceof NixString s) {
                return Optional.of(ByteStrings.toText(s.value()));
            }
            return Optional.of(guardedValue(v));
        } catch (NixError e) {
            return Optional.of("error: " + ByteStrings.toText(e.getMessage()));
        }
    }

    private List<String> strings(Lazy value) {
        List<String> out = new ArrayList<>();
        if (value != null && evaluator.force(value) instanceof NixList list) {
            for (int i = 0; i < list.size(); i++) {
                switch (evaluator.force(list.get(i))) {
                    case NixString s -> out.add(ByteStrings.toText(s.value()));
                    case NixPath p -> out.add(ByteStrings.toText(p.path()));
                    default -> { }
                }
            }
        }
        return out;
    }
}
