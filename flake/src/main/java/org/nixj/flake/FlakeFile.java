package org.nixj.flake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.nixj.eval.ByteStrings;
import org.nixj.eval.Evaluator;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixFunction;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixPath;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.Value;
import org.nixj.parser.SourceParser;
import org.nixj.source.Pos;
import org.nixj.source.Source;
import org.nixj.syntax.Expr;

/**
 * What a {@code flake.nix} declares, read and checked as Nix reads it: the top level may only have
 * {@code description}, {@code inputs}, {@code outputs} and {@code nixConfig}; {@code outputs} must be a
 * function, and its arguments other than {@code self} that {@code inputs} does not declare are inputs too.
 *
 * @param description the {@code description}, if any
 * @param inputs the inputs, by name (declared ones first, then the implicit ones)
 * @param nixConfig its {@code nixConfig} settings, by name, with their values as Nix writes them in {@code nix.conf}
 */
public record FlakeFile(Optional<String> description, Map<String, InputSpec> inputs, Map<String, String> nixConfig) {
    private static final List<String> TOP_LEVEL = List.of("description", "inputs", "outputs", "nixConfig");

    /**
     * Reads {@code <directory>/flake.nix}.
     *
     * @param directory the flake's directory as a Nix path (in the store, usually)
     * @param flakeName how messages name the flake ({@code path:/a/b?narHash=...})
     */
    public static FlakeFile read(Evaluator evaluator, String directory, String flakeName) {
        String file = directory + "/flake.nix";
        // The evaluator names files by their bytes (byte strings); the flake code keeps text.
        String nixFile = ByteStrings.fromText(file);
        String text = evaluator.readFileIfExists(nixFile).orElseThrow(
                () -> new FlakeException("getting status of '" + file + "': No such file or directory"));
        // Nix reads a flake's metadata without evaluating arbitrary code: the file must be a set literal.
        if (!(SourceParser.parse(Source.ofFile(nixFile, ByteStrings.bytes(text))) instanceof Expr.AttrSet)) {
            throw new FlakeException("file '" + file + "' must be an attribute set");
        }
        NixAttrs attrs = (NixAttrs) evaluator.force(evaluator.importFile(nixFile));
        for (int i = 0; i < attrs.size(); i++) {
            if (!TOP_LEVEL.contains(attrs.name(i))) {
                throw new FlakeException("flake '" + flakeName + "' has an unsupported attribute '" + attrs.name(i) + "', at "
                        + position(attrs.pos(i)));
            }
        }
        Optional<String> description = Optional.empty();
        Lazy d = attrs.get("description");
        if (d != null) {
            description = Optional.of(string(evaluator.force(d), "description", attrs.posOf("description")));
        }
        Lazy outputs = attrs.get("outputs");
        if (outputs == null) {
            throw new FlakeException("flake '" + flakeName + "' lacks attribute 'outputs'");
        }
        Value outputsFunction = evaluator.force(outputs);
        if (!(outputsFunction instanceof NixFunction)) {
            throw new FlakeException("expected a function but got " + outputsFunction.showType() + " at "
                    + position(attrs.posOf("outputs")));
        }
        Map<String, InputSpec> inputs = new LinkedHashMap<>();
        Lazy declared = attrs.get("inputs");
        if (declared != null) {
            NixAttrs set = set(evaluator, declared, attrs.posOf("inputs"));
            for (int i = 0; i < set.size(); i++) {
                inputs.put(set.name(i), inputSpec(evaluator, set.value(i), set.pos(i)));
            }
        }
        for (String argument : formals(evaluator, outputsFunction)) {
            if (!argument.equals("self") && !inputs.containsKey(argument)) {
                inputs.put(argument, InputSpec.implicit());
            }
        }
        Map<String, String> nixConfig = new TreeMap<>();
        Lazy config = attrs.get("nixConfig");
        if (config != null) {
            NixAttrs settings = set(evaluator, config, attrs.posOf("nixConfig"));
            for (int i = 0; i < settings.size(); i++) {
                nixConfig.put(settings.name(i), settingValue(evaluator, settings.name(i), settings.value(i)));
            }
        }
        return new FlakeFile(description, inputs, nixConfig);
    }

    /** A {@code nixConfig} value as {@code nix.conf} would have it; Nix's error for other types. */
    private static String settingValue(Evaluator evaluator, String name, Lazy value) {
        return switch (evaluator.force(value)) {
            case NixString s -> s.value();
            case NixPath p -> p.path();
            case NixInt n -> Long.toString(n.value());
            case NixBool b -> b.value() ? "true" : "false";
            case org.nixj.eval.value.NixList list -> {
                List<String> items = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    Value item = evaluator.force(list.get(i));
                    if (!(item instanceof NixString s)) {
                        throw new FlakeException("list element in flake configuration setting '" + name + "' is "
                                + item.showType() + " while a string is expected");
                    }
                    items.add(s.value());
                }
                yield String.join(" ", items);
            }
            case Value v -> throw new FlakeException("flake configuration setting '" + name + "' is " + v.showType());
        };
    }

    private static InputSpec inputSpec(Evaluator evaluator, Lazy value, Pos pos) {
        NixAttrs attrs = set(evaluator, value, pos);
        Optional<String> url = Optional.empty();
        Map<String, Object> refAttrs = new TreeMap<>();
        boolean flake = true;
        Optional<List<String>> follows = Optional.empty();
        Map<String, InputSpec> inputs = new LinkedHashMap<>();
        for (int i = 0; i < attrs.size(); i++) {
            String name = attrs.name(i);
            Value v = evaluator.force(attrs.value(i));
            switch (name) {
                case "url" -> url = Optional.of(string(v, name, attrs.pos(i)));
                case "flake" -> {
                    if (!(v instanceof NixBool b)) {
                        throw typeError("a Boolean", v, attrs.pos(i));
                    }
                    flake = b.value();
                }
                case "follows" -> {
                    String target = string(v, name, attrs.pos(i));
                    // "" follows the root flake itself
                    follows = Optional.of(target.isEmpty() ? List.of() : List.of(target.split("/")));
                }
                case "inputs" -> {
                    NixAttrs nested = set(evaluator, v, attrs.pos(i));
                    for (int j = 0; j < nested.size(); j++) {
                        inputs.put(nested.name(j), inputSpec(evaluator, nested.value(j), nested.pos(j)));
                    }
                }
                default -> refAttrs.put(name, switch (v) {
                    case NixString s -> ByteStrings.toText(s.value());
                    case NixBool b -> b.value();
                    case NixInt n -> n.value();
                    default -> throw new FlakeException("flake input attribute '" + name + "' is " + v.showType()
                            + " while a string, Boolean, or integer is expected, at " + position(attrs.pos(i)));
                });
            }
        }
        if (url.isPresent() && !refAttrs.isEmpty()) {
            // Extra attributes next to a URL refine it, as query parameters do.
            refAttrs.put("url", url.get());
        }
        return new InputSpec(url, refAttrs, flake, follows, inputs);
    }

    /** The names of the set pattern of {@code function}, as {@code builtins.functionArgs} gives them. */
    private static List<String> formals(Evaluator evaluator, Value function) {
        Value functionArgs = evaluator.evaluate(Source.ofExpression("builtins.functionArgs", "/"));
        NixAttrs args = (NixAttrs) evaluator.force(evaluator.call(functionArgs, function));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            names.add(args.name(i));
        }
        return names;
    }

    private static NixAttrs set(Evaluator evaluator, Lazy value, Pos pos) {
        Value v = evaluator.force(value);
        if (v instanceof NixAttrs attrs) {
            return attrs;
        }
        throw typeError("a set", v, pos);
    }

    private static String string(Value v, String name, Pos pos) {
        if (v instanceof NixString s) {
            return ByteStrings.toText(s.value());
        }
        throw typeError("a string", v, pos);
    }

    private static FlakeException typeError(String expected, Value v, Pos pos) {
        return new FlakeException("expected " + expected + " but got " + v.showType() + " at " + position(pos));
    }

    private static String position(Pos pos) {
        return pos == null ? "«unknown»" : pos.source().displayName() + ":" + pos.line() + ":" + pos.column();
    }
}
