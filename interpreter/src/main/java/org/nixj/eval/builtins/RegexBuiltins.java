package org.nixj.eval.builtins;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixNull;
import org.nixj.eval.value.NixString;
import org.nixj.regex.PosixRegex;
import org.nixj.regex.RegexSyntaxException;

/**
 * {@code builtins.match} and {@code builtins.split}, with the POSIX extended regular expressions of
 * {@code org.nixj.regex}. Compiled patterns are cached per evaluator, as Nix caches them per evaluation
 * state; the cache keeps the most recently used patterns so that generated ones cannot grow it without
 * bound.
 */
final class RegexBuiltins {
    private static final int CACHE_SIZE = 4096;

    private RegexBuiltins() {}

    static void register(BuiltinTable t) {
        Map<String, PosixRegex> cache = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PosixRegex> eldest) {
                return size() > CACHE_SIZE;
            }
        };
        t.function("match", 2, a -> {
            // The pattern is compiled before the subject is forced, so a bad pattern is reported first.
            PosixRegex regex = compile(cache, a.stringNoContext(0), a);
            String subject = a.string(1).value();
            int[] m = regex.matchWhole(subject);
            return m == null ? NixNull.NULL : groups(m, subject);
        });
        t.function("split", 2, a -> {
            PosixRegex regex = compile(cache, a.stringNoContext(0), a);
            NixString subject = a.string(1);
            String s = subject.value();
            List<int[]> matches = regex.findAll(s);
            if (matches.isEmpty()) {
                // Nix returns the argument itself here, context included.
                return NixList.of(subject);
            }
            Lazy[] items = new Lazy[2 * matches.size() + 1];
            int previousEnd = 0;
            int k = 0;
            for (int[] m : matches) {
                items[k++] = NixString.of(s.substring(previousEnd, m[0]));
                items[k++] = groups(m, s);
                previousEnd = m[1];
            }
            items[k] = NixString.of(s.substring(previousEnd));
            return NixList.of(items);
        });
    }

    private static PosixRegex compile(Map<String, PosixRegex> cache, String pattern, Args a) {
        PosixRegex regex = cache.get(pattern);
        if (regex == null) {
            try {
                regex = PosixRegex.compile(pattern);
            } catch (RegexSyntaxException e) {
                throw new EvalError(ErrorKind.EVAL, (e.tooBig() ? "memory limit exceeded by regular expression '"
                        : "invalid regular expression '") + pattern + "'");
            }
            cache.put(pattern, regex);
        }
        return regex;
    }

    /** The captured groups (the whole match excluded), null for a group that did not take part. */
    private static NixList groups(int[] m, String subject) {
        Lazy[] items = new Lazy[m.length / 2 - 1];
        for (int g = 1; g < m.length / 2; g++) {
            items[g - 1] = m[2 * g] < 0 ? NixNull.NULL : NixString.of(subject.substring(m[2 * g], m[2 * g + 1]));
        }
        return NixList.of(items);
    }
}
