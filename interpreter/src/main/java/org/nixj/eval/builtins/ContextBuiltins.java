package org.nixj.eval.builtins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.StringContext;

/**
 * Reading and dropping string context: {@code hasContext}, {@code getContext},
 * {@code unsafeDiscardStringContext}. (Adding context needs the store and comes with it.)
 */
final class ContextBuiltins {
    private ContextBuiltins() {}

    static void register(BuiltinTable t) {
        t.function("hasContext", 1, a -> NixBool.of(a.string(0).hasContext()));
        t.function("unsafeDiscardStringContext", 1, a -> {
            StringContext.Accumulator context = new StringContext.Accumulator();
            String s = a.interpreter().coerceToString(a.lazy(0), a.pos(), context,
                    "while evaluating the argument passed to builtins.unsafeDiscardStringContext", false, true, false);
            return NixString.of(s);
        });
        t.function("getContext", 1, a -> getContext(a.string(0).context()));
    }

    /**
     * {@code { "/nix/store/…-x.drv" = { allOutputs = true; outputs = [ "out" ]; }; "/nix/store/…-y" = { path
     * = true; }; }}: per store path, whether the string refers to it plainly, to the derivation with all its
     * outputs ({@code =drv}), or to some outputs ({@code !out!drv}).
     */
    private static NixAttrs getContext(StringContext context) {
        record Info(boolean[] path, boolean[] allOutputs, List<String> outputs) {}
        Map<String, Info> byPath = new LinkedHashMap<>();
        for (String element : context) {
            String path;
            String output = null;
            boolean all = false;
            if (element.startsWith("=")) {
                path = element.substring(1);
                all = true;
            } else if (element.startsWith("!")) {
                int second = element.indexOf('!', 1);
                output = element.substring(1, second);
                path = element.substring(second + 1);
            } else {
                path = element;
            }
            Info info = byPath.computeIfAbsent(path, p -> new Info(new boolean[1], new boolean[1], new ArrayList<>()));
            if (output != null) {
                info.outputs().add(output);
            } else if (all) {
                info.allOutputs()[0] = true;
            } else {
                info.path()[0] = true;
            }
        }
        NixAttrs.Builder result = NixAttrs.builder(byPath.size());
        byPath.forEach((path, info) -> {
            NixAttrs.Builder entry = NixAttrs.builder(3);
            if (info.path()[0]) {
                entry.put("path", NixBool.TRUE);
            }
            if (info.allOutputs()[0]) {
                entry.put("allOutputs", NixBool.TRUE);
            }
            if (!info.outputs().isEmpty()) {
                entry.put("outputs", NixList.of(info.outputs().stream().sorted().map(NixString::of).toArray(Lazy[]::new)));
            }
            result.put(path.intern(), entry.build());
        });
        return result.build();
    }
}
