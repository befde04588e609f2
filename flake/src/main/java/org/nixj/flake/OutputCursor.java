package org.nixj.flake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nixj.eval.ByteStrings;
import org.nixj.eval.Evaluator;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixPath;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.Value;

/**
 * A place in a flake's outputs, reached by an attribute path, that forces its value only when asked: what
 * {@code nix flake show} walks (Nix's evaluation-cache cursor, without the cache), with that cursor's errors.
 *
 * @param path the attribute names from the outputs' top
 */
record OutputCursor(Evaluator evaluator, List<String> path, Lazy value) {
    OutputCursor {
        path = List.copyOf(path);
    }

    /** The cursor at the top of {@code outputs}. */
    static OutputCursor root(Evaluator evaluator, Lazy outputs) {
        return new OutputCursor(evaluator, List.of(), outputs);
    }

    /** The path written {@code a.b.c}, as Nix writes it in messages ({@code ''} is the top). */
    String pathString() {
        return String.join(".", path);
    }

    int depth() {
        return path.size();
    }

    /** The first name of the path: the output. */
    String output() {
        return path.getFirst();
    }

    Value force() {
        return evaluator.force(value);
    }

    /** The names of this attribute set, sorted; Nix's error when the value is not a set. */
    List<String> names() {
        if (!(force() instanceof NixAttrs attrs)) {
            throw new EvalError(ErrorKind.TYPE, "'" + pathString() + "' is not an attribute set");
        }
        List<String> names = new ArrayList<>(Arrays.asList(attrs.names()));
        names.sort(null);
        return names;
    }

    /** The attribute {@code name}, which must exist (the caller took it from {@link #names()}). */
    OutputCursor child(String name) {
        return new OutputCursor(evaluator, append(name), ((NixAttrs) force()).get(name));
    }

    /** The attribute {@code name} if this is a set that has it, else null. */
    OutputCursor childIfExists(String name) {
        if (force() instanceof NixAttrs attrs && attrs.get(name) != null) {
            return new OutputCursor(evaluator, append(name), attrs.get(name));
        }
        return null;
    }

    /** The attribute {@code name}; Nix's error when it does not exist. */
    OutputCursor required(String name) {
        OutputCursor child = childIfExists(name);
        if (child == null) {
            throw new EvalError(ErrorKind.EVAL, "attribute '" + String.join(".", append(name)) + "' does not exist");
        }
        return child;
    }

    /** The value as a string (a path counts); Nix's error for anything else. */
    String string() {
        return switch (force()) {
            case NixString s -> ByteStrings.toText(s.value());
            case NixPath p -> ByteStrings.toText(p.path());
            default -> throw new EvalError(ErrorKind.TYPE, "'" + pathString() + "' is not a string");
        };
    }

    /** Whether this is a set whose {@code type} is {@code "derivation"}. */
    boolean isDerivation() {
        OutputCursor type = childIfExists("type");
        return type != null && type.string().equals("derivation");
    }

    private List<String> append(String name) {
        List<String> longer = new ArrayList<>(path);
        longer.add(name);
        return longer;
    }
}
