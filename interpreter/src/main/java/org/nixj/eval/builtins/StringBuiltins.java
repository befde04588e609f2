package org.nixj.eval.builtins;

import java.util.ArrayList;
import java.util.List;
import org.nixj.eval.Coercion;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.StringContext;

/**
 * Builtins on strings: {@code toString}, {@code substring}, {@code stringLength},
 * {@code concatStringsSep} and {@code replaceStrings}. Lengths and offsets count bytes.
 */
final class StringBuiltins {
    private StringBuiltins() {}

    static void register(BuiltinTable t) {
        t.globalFunction("toString", 1, a -> {
            StringContext.Accumulator context = new StringContext.Accumulator();
            String s = a.interpreter().coerceToString(a.lazy(0), a.pos(), context,
                    "while evaluating the first argument passed to builtins.toString", Coercion.ANY);
            return new NixString(s, context.result());
        });
        t.function("stringLength", 1, a -> {
            StringContext.Accumulator context = new StringContext.Accumulator();
            String s = a.interpreter().coerceToString(a.lazy(0), a.pos(), context,
                    "while evaluating the argument passed to builtins.stringLength", Coercion.STRINGS_COPYING_PATHS);
            return NixInt.of(s.length());
        });
        t.function("substring", 3, a -> {
            long start = a.integer(0);
            if (start < 0) {
                throw new EvalError(ErrorKind.EVAL, "negative start position in 'substring'");
            }
            long length = a.integer(1);
            StringContext.Accumulator context = new StringContext.Accumulator();
            String s = a.interpreter().coerceToString(a.lazy(2), a.pos(), context,
                    "while evaluating the third argument (the string) passed to builtins.substring", Coercion.STRINGS_COPYING_PATHS);
            if (length == 0) {
                // An empty substring keeps the string's context, as in Nix.
                return new NixString("", context.result());
            }
            int from = (int) Math.min(start, s.length());
            int to = length < 0 ? s.length() : (int) Math.min(s.length(), from + Math.min(length, s.length()));
            return new NixString(s.substring(from, to), context.result());
        });
        t.function("concatStringsSep", 2, a -> {
            StringContext.Accumulator context = new StringContext.Accumulator();
            NixString separator = a.string(0);
            context.add(separator.context());
            NixList list = a.list(1);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(separator.value());
                }
                out.append(a.interpreter().coerceToString(list.get(i), a.pos(), context,
                        "while evaluating one element of the list of strings to concat passed to builtins.concatStringsSep",
                        Coercion.STRINGS_COPYING_PATHS));
            }
            return new NixString(out.toString(), context.result());
        });
        t.function("replaceStrings", 3, StringBuiltins::replaceStrings);
    }

    private static NixString replaceStrings(Args a) {
        NixList from = a.list(0);
        NixList to = a.list(1);
        if (from.size() != to.size()) {
            throw new EvalError(ErrorKind.EVAL, "'from' and 'to' arguments passed to builtins.replaceStrings have different lengths");
        }
        List<String> patterns = new ArrayList<>(from.size());
        for (int i = 0; i < from.size(); i++) {
            patterns.add(a.interpreter().forceStringNoContext(from.get(i), null,
                    "while evaluating one of the strings to replace passed to builtins.replaceStrings"));
        }
        // Replacements are forced only when used, each at most once.
        NixString[] replacements = new NixString[to.size()];
        NixString subject = a.string(2);
        StringContext.Accumulator context = new StringContext.Accumulator();
        context.add(subject.context());
        String s = subject.value();
        StringBuilder out = new StringBuilder();
        int p = 0;
        while (p <= s.length()) {
            boolean found = false;
            for (int i = 0; i < patterns.size(); i++) {
                String pattern = patterns.get(i);
                if (s.startsWith(pattern, p)) {
                    if (replacements[i] == null) {
                        replacements[i] = a.interpreter().forceString(to.get(i), null,
                                "while evaluating one of the replacement strings passed to builtins.replaceStrings");
                    }
                    out.append(replacements[i].value());
                    context.add(replacements[i].context());
                    found = true;
                    if (pattern.isEmpty()) {
                        // An empty pattern matches between every two characters: copy one and move on.
                        if (p < s.length()) {
                            out.append(s.charAt(p));
                        }
                        p++;
                    } else {
                        p += pattern.length();
                    }
                    break;
                }
            }
            if (!found) {
                if (p < s.length()) {
                    out.append(s.charAt(p));
                }
                p++;
            }
        }
        return new NixString(out.toString(), context.result());
    }
}
