package org.nixj.eval.builtins;

import java.util.List;
import java.util.Map;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.serial.TomlParser;
import org.nixj.eval.serial.TomlTimestamps;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixFloat;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.Value;
import org.nixj.source.NulBytes;

/**
 * {@code fromTOML}: a TOML 1.0 document as a Nix set. Dates and times are refused, as current Nix refuses them
 * without the {@code parse-toml-timestamps} experimental feature; with it, each is
 * {@code { _type = "timestamp"; value = TEXT; }} with the text Nix gives it ({@link TomlTimestamps}). A key
 * or string holding a NUL byte is refused as Nix refuses it, inside the "while parsing TOML" message.
 */
final class TomlBuiltins {
    private TomlBuiltins() {}

    static void register(BuiltinTable t) {
        t.globalFunction("fromTOML", 1, a -> {
            String text = a.interpreter().forceStringNoContext(a.lazy(0), null,
                    "while evaluating the argument passed to builtins.fromTOML");
            boolean timestamps = a.interpreter().settings().hasFeature("parse-toml-timestamps");
            try {
                return toValue(TomlParser.parse(text), timestamps);
            } catch (TomlParser.TomlError e) {
                throw new EvalError(ErrorKind.EVAL, "while parsing TOML: " + e.getMessage(), a.pos());
            }
        });
    }

    private static Value toValue(Object o, boolean timestamps) {
        return switch (o) {
            case TomlParser.Table table -> {
                Map<String, Object> entries = table.entries();
                NixAttrs.Builder b = NixAttrs.builder(entries.size());
                entries.forEach((k, v) -> b.put(noNul(k).intern(), toValue(v, timestamps)));
                yield b.build();
            }
            case TomlParser.TableArray array -> list(array.tables(), timestamps);
            case List<?> items -> list(items, timestamps);
            case Long l -> NixInt.of(l);
            case Double d -> new NixFloat(d);
            case Boolean b -> NixBool.of(b);
            case String s -> NixString.of(noNul(s));
            case TomlParser.DateTime d when timestamps -> NixAttrs.builder(2)
                    .put("_type", NixString.of("timestamp"))
                    .put("value", NixString.of(TomlTimestamps.canonical(d.text())))
                    .build();
            case TomlParser.DateTime d -> throw new TomlParser.TomlError("Dates and times are not supported");
            default -> throw new IllegalStateException("unexpected TOML value " + o);
        };
    }

    private static NixList list(List<?> items, boolean timestamps) {
        Lazy[] values = new Lazy[items.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = toValue(items.get(i), timestamps);
        }
        return NixList.of(values);
    }

    /**
     * {@code s} when it holds no NUL byte. Nix's refusal is an error of its own inside the TOML visitor, so its
     * text reaches the "while parsing TOML: " message with its "error: " prefix.
     */
    private static String noNul(String s) {
        if (NulBytes.contains(s)) {
            throw new TomlParser.TomlError("error: " + NulBytes.message(s));
        }
        return s;
    }
}
