package org.nixj.flake;

import java.util.Map;
import java.util.TreeMap;
import org.nixj.eval.ByteStrings;
import org.nixj.eval.Interpreter;
import org.nixj.eval.builtins.Args;
import org.nixj.eval.builtins.BuiltinDocs;
import org.nixj.eval.builtins.BuiltinGroup;
import org.nixj.eval.builtins.BuiltinTable;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/**
 * {@code builtins.parseFlakeRef} and {@code builtins.flakeRefToString}, as current Nix has them: a flake
 * reference from its URL form to its attribute form and back. Parsing reads nothing from the disk: a file
 * name must be absolute and becomes a {@code path:} reference.
 */
public final class FlakeRefBuiltins implements BuiltinGroup {
    private static final BuiltinDocs DOCS = BuiltinDocs.fromResource(FlakeRefBuiltins.class, "builtins.md");

    @Override
    public void register(BuiltinTable table) {
        table.function("parseFlakeRef", 1, FlakeRefBuiltins::parseFlakeRef);
        table.function("flakeRefToString", 1, FlakeRefBuiltins::flakeRefToString);
    }

    private static Value parseFlakeRef(Args a) {
        String text = a.interpreter().forceStringNoContext(a.lazy(0), a.pos(),
                "while evaluating the argument passed to builtins.parseFlakeRef");
        Map<String, Object> attrs = evalErrors(() -> FlakeRef.parse(ByteStrings.toText(text), null).toAttrs());
        NixAttrs.Builder result = NixAttrs.builder(attrs.size());
        attrs.forEach((name, value) -> result.put(ByteStrings.fromText(name), switch (value) {
            case String s -> NixString.of(ByteStrings.fromText(s));
            case Long n -> NixInt.of(n);
            case Boolean b -> NixBool.of(b);
            default -> throw new IllegalStateException("flake reference attribute " + name + " = " + value);
        }));
        return result.build();
    }

    private static Value flakeRefToString(Args a) {
        Interpreter in = a.interpreter();
        NixAttrs args = in.forceAttrs(a.lazy(0), null, "while evaluating the argument passed to builtins.flakeRefToString");
        Map<String, Object> attrs = new TreeMap<>();
        for (int i = 0; i < args.size(); i++) {
            String name = args.name(i);
            Pos pos = args.pos(i);
            Value v = Interpreter.force(args.value(i), pos);
            switch (v) {
                case NixInt n -> {
                    if (n.value() < 0) {
                        throw new EvalError(ErrorKind.EVAL, "negative value given for flake ref attr " + name + ": " + n.value(), a.pos());
                    }
                    attrs.put(ByteStrings.toText(name), n.value());
                }
                case NixBool b -> attrs.put(ByteStrings.toText(name), b.value());
                case NixString s -> attrs.put(ByteStrings.toText(name), ByteStrings.toText(s.value()));
                default -> throw new EvalError(ErrorKind.EVAL, "flake reference attribute sets may only contain integers, "
                        + "Booleans, and strings, but attribute '" + name + "' is " + v.showType());
            }
        }
        return NixString.of(ByteStrings.fromText(evalErrors(() -> FlakeRef.fromAttrs(attrs).toString())));
    }

    private interface Work<T> {
        T run();
    }

    /** A flake reference error as the evaluation error Nix reports (without a position, as for builtins). */
    private static <T> T evalErrors(Work<T> work) {
        try {
            return work.run();
        } catch (FlakeException e) {
            throw new EvalError(ErrorKind.EVAL, ByteStrings.fromText(e.getMessage()));
        }
    }

    @Override
    public BuiltinDocs documentation() {
        return DOCS;
    }

}
