package org.nixj.eval.builtins;

import java.util.List;
import java.util.Map;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.serial.TomlParser;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixFloat;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.Value;
import org.nixj.source.ByteStrings;

/**
 * {@code fromTOML}: a TOML 1.0 document as a Nix set. Dates and times are refused, as current Nix refuses them
 * without the {@code parse-toml-timestamps} experimental feature.
 */
final class TomlBuiltins {
    private TomlBuiltins() {}

    static void register(BuiltinTable t) {
        t.globalFunction("fromTOML", 1, a -> {
            String text = a.interpreter().forceStringNoContext(a.lazy(0), null,
                    "while evaluating the argument passed to builtins.fromTOML");
            try {
                return toValue(TomlParser.parse(text));
            } catch (TomlParser.TomlError e) {
                throw new EvalError(ErrorKind.EVAL, "while parsing TOML: " + e.getMessage(), a.pos());
            }
        });
    }

    private static Value toValue(Object o) {
        return switch (o) {
            case TomlParser.Table table -> {
                Map<String, Object> entries = table.entries();
                NixAttrs.Builder b = NixAttrs.builder(entries.size());
                entries.forEach((k, v) -> b.put(k.intern(), toValue(v)));
                yield b.build();
            }
            case TomlParser.TableArray array -> list(array.tables());
            case List<?> items -> list(items);
            case Long l -> NixInt.of(l);
            case Double d -> new NixFloat(d);
            case Boolean b -> NixBool.of(b);
            case String s -> {
                if (s.indexOf('\0') >= 0) {
                    throw new EvalError(ErrorKind.EVAL, "input string '" + s.replace("\0", ByteStrings.utf8("\u2400"))
                            + "' cannot be represented as Nix string because it contains null bytes");
                }
                yield NixString.of(s);
            }
            case TomlParser.DateTime d -> throw new TomlParser.TomlError("Dates and times are not supported");
            default -> throw new IllegalStateException("unexpected TOML value " + o);
        };
    }

    private static NixList list(List<?> items) {
        Lazy[] values = new Lazy[items.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = toValue(items.get(i));
        }
        return NixList.of(values);
    }
}
