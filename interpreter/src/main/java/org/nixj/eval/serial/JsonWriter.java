package org.nixj.eval.serial;

import org.nixj.eval.Coercion;
import org.nixj.eval.Interpreter;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Closure;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixFloat;
import org.nixj.eval.value.NixFunction;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixNull;
import org.nixj.eval.value.NixPath;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.StringContext;
import org.nixj.eval.value.Thunk;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/**
 * Nix's {@code printValueAsJSON}: a value as compact JSON, the way current Nix builds it with nlohmann::json
 * and dumps it. Sets with {@code __toString} or {@code outPath} become what those give; other sets become
 * objects with their names in byte order; paths are copied to the store (or, for {@code nix eval --json},
 * written as they are); functions are an error. Strings are escaped as nlohmann escapes them and must be
 * valid UTF-8; floats are written as nlohmann writes them (see {@link JsonNumbers}).
 *
 * <p>The result is a byte string (one char per byte) holding UTF-8.
 */
public final class JsonWriter {
    private final Interpreter interpreter;
    private final boolean strict;
    private final boolean copyToStore;
    private final StringContext.Accumulator context;
    private final StringBuilder out = new StringBuilder();
    private final int maxDepth;
    private int depth;
    /** The first string that nlohmann would refuse to dump; reported once everything is evaluated. */
    private String utf8Error;

    private JsonWriter(Interpreter interpreter, boolean strict, boolean copyToStore, StringContext.Accumulator context) {
        this.interpreter = interpreter;
        this.strict = strict;
        this.copyToStore = copyToStore;
        this.context = context;
        this.maxDepth = interpreter.settings().maxCallDepth();
    }

    /**
     * {@code value} as JSON. With {@code strict} every part is forced (as {@code toJSON} does); without,
     * a part not evaluated yet is an error ("cannot convert a thunk to JSON"), as in
     * {@code nix-instantiate --eval --json} without {@code --strict}. The string contexts met are added to
     * {@code context}.
     */
    public static String write(Interpreter interpreter, Lazy value, Pos pos, boolean strict, boolean copyToStore,
                               StringContext.Accumulator context) {
        JsonWriter writer = new JsonWriter(interpreter, strict, copyToStore, context);
        writer.value(value, pos);
        if (writer.utf8Error != null) {
            throw new EvalError(ErrorKind.EVAL, "JSON serialization error: " + writer.utf8Error);
        }
        return writer.out.toString();
    }

    private void value(Lazy lazy, Pos pos) {
        if (++depth > maxDepth) {
            throw new EvalError(ErrorKind.STACK_OVERFLOW, "stack overflow; max-call-depth exceeded", pos);
        }
        try {
            Value v = strict ? Interpreter.force(lazy, pos) : unforced(lazy, pos);
            switch (v) {
                case NixInt i -> out.append(i.value());
                case NixBool b -> out.append(b.value());
                case NixNull n -> out.append("null");
                case NixFloat f -> out.append(JsonNumbers.format(f.value()));
                case NixString s -> {
                    context.add(s.context());
                    string(s.value());
                }
                case NixPath p -> string(copyToStore
                        ? interpreter.coerceToString(p, pos, context, "while converting a path to JSON", Coercion.STRINGS_COPYING_PATHS)
                        : p.path());
                case NixAttrs a -> attrs(a, pos);
                case NixList l -> list(l, pos);
                case NixFunction f -> throw new EvalError(ErrorKind.TYPE, "cannot convert " + f.showType() + " to JSON",
                        f instanceof Closure c ? c.lambda().pos() : pos);
            }
        } finally {
            depth--;
        }
    }

    private static Value unforced(Lazy lazy, Pos pos) {
        if (lazy instanceof Thunk t) {
            Value v = t.valueIfForced();
            if (v == null) {
                throw new EvalError(ErrorKind.TYPE, "cannot convert a thunk to JSON", pos);
            }
            return v;
        }
        return (Value) lazy;
    }

    private void attrs(NixAttrs a, Pos pos) {
        if (a.has("__toString")) {
            string(interpreter.coerceToString(a, pos, context, "while converting a set to JSON", Coercion.STRINGS));
            return;
        }
        int outPath = a.indexOf("outPath");
        if (outPath >= 0) {
            value(a.value(outPath), a.pos(outPath) != null ? a.pos(outPath) : pos);
            return;
        }
        out.append('{');
        for (int i = 0; i < a.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(a.name(i));
            out.append(':');
            Pos attrPos = a.pos(i) != null ? a.pos(i) : pos;
            try {
                value(a.value(i), attrPos);
            } catch (EvalError e) {
                throw e.addTrace(a.pos(i), "while evaluating attribute '" + a.name(i) + "'");
            }
        }
        out.append('}');
    }

    private void list(NixList l, Pos pos) {
        out.append('[');
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            try {
                value(l.get(i), pos);
            } catch (EvalError e) {
                throw e.addTrace(pos, "while evaluating list element at index " + i);
            }
        }
        out.append(']');
    }

    private void string(String bytes) {
        if (utf8Error == null) {
            utf8Error = Utf8.check(bytes);
        }
        JsonStrings.appendQuoted(out, bytes);
    }
}
