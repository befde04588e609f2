package org.nixj.eval.builtins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.nixj.eval.Comparison;
import org.nixj.eval.Interpreter;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/** Builtins on lists. */
final class ListBuiltins {
    private ListBuiltins() {}

    static void register(BuiltinTable t) {
        t.function("length", 1, a -> NixInt.of(a.list(0).size()));
        t.function("elemAt", 2, a -> {
            NixList list = a.list(0);
            long n = a.integer(1);
            if (n < 0 || n >= list.size()) {
                throw new EvalError(ErrorKind.EVAL, "'builtins.elemAt' called with index " + n + " on a list of size "
                        + list.size());
            }
            return Interpreter.force(list.get((int) n), a.pos());
        });
        t.function("head", 1, a -> {
            NixList list = a.list(0);
            if (list.size() == 0) {
                throw new EvalError(ErrorKind.EVAL, "'builtins.head' called on an empty list");
            }
            return Interpreter.force(list.get(0), a.pos());
        });
        t.function("tail", 1, a -> {
            NixList list = a.list(0);
            if (list.size() == 0) {
                throw new EvalError(ErrorKind.EVAL, "'builtins.tail' called on an empty list");
            }
            Lazy[] items = list.toArray();
            return NixList.of(Arrays.copyOfRange(items, 1, items.length));
        });
        t.globalFunction("map", 2, a -> {
            Value f = a.function(0);
            NixList list = a.list(1);
            Lazy[] out = new Lazy[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = new CallThunk(a.interpreter(), f, a.pos(), list.get(i));
            }
            return NixList.of(out);
        });
        t.function("filter", 2, a -> {
            Value f = a.function(0);
            NixList list = a.list(1);
            List<Lazy> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (predicate(a, f, list.get(i), "while evaluating the return value of the filtering function passed to builtins.filter")) {
                    out.add(list.get(i));
                }
            }
            return out.size() == list.size() ? list : NixList.of(out.toArray(Lazy[]::new));
        });
        t.function("elem", 2, a -> {
            // As in Nix: the list first, and the element only when there is something to compare it with.
            NixList list = a.list(1);
            for (int i = 0; i < list.size(); i++) {
                Value x = a.value(0);
                if (a.interpreter().equality().equal(x, Interpreter.force(list.get(i), a.pos()), a.pos())) {
                    return NixBool.TRUE;
                }
            }
            return NixBool.FALSE;
        });
        t.function("concatLists", 1, a -> concat(a, a.list(0), "while evaluating a value of the list passed to builtins.concatLists"));
        t.function("concatMap", 2, a -> {
            Value f = a.function(0);
            NixList list = a.list(1);
            Lazy[] results = new Lazy[list.size()];
            for (int i = 0; i < results.length; i++) {
                results[i] = a.interpreter().call(f, list.get(i), a.pos());
            }
            return concat(a, NixList.of(results), "while evaluating the return value of the function passed to builtins.concatMap");
        });
        t.function("foldl'", 3, a -> {
            Value f = a.function(0);
            NixList list = a.list(2);
            Lazy acc = a.lazy(1);
            for (int i = 0; i < list.size(); i++) {
                acc = a.interpreter().call(f, acc, list.get(i), a.pos());
            }
            return Interpreter.force(acc, a.pos());
        });
        t.function("any", 2, a -> {
            Value f = a.function(0);
            NixList list = a.list(1);
            for (int i = 0; i < list.size(); i++) {
                if (predicate(a, f, list.get(i), "while evaluating the return value of the function passed to builtins.any")) {
                    return NixBool.TRUE;
                }
            }
            return NixBool.FALSE;
        });
        t.function("all", 2, a -> {
            Value f = a.function(0);
            NixList list = a.list(1);
            for (int i = 0; i < list.size(); i++) {
                if (!predicate(a, f, list.get(i), "while evaluating the return value of the function passed to builtins.all")) {
                    return NixBool.FALSE;
                }
            }
            return NixBool.TRUE;
        });
        t.function("genList", 2, a -> {
            Value f = a.function(0);
            long n = a.integer(1);
            if (n < 0) {
                throw new EvalError(ErrorKind.EVAL, "cannot create list of size " + n);
            }
            Lazy[] out = new Lazy[Math.toIntExact(n)];
            for (int i = 0; i < out.length; i++) {
                out[i] = new CallThunk(a.interpreter(), f, a.pos(), NixInt.of(i));
            }
            return NixList.of(out);
        });
        t.function("sort", 2, ListBuiltins::sort);
        t.function("partition", 2, a -> {
            Value f = a.function(0);
            NixList list = a.list(1);
            List<Lazy> right = new ArrayList<>();
            List<Lazy> wrong = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                boolean ok = predicate(a, f, list.get(i), "while evaluating the return value of the partition function passed to builtins.partition");
                (ok ? right : wrong).add(list.get(i));
            }
            return NixAttrs.builder(2).put("right", NixList.of(right.toArray(Lazy[]::new)))
                    .put("wrong", NixList.of(wrong.toArray(Lazy[]::new))).build();
        });
        t.function("groupBy", 2, a -> {
            Value f = a.function(0);
            NixList list = a.list(1);
            Map<String, List<Lazy>> groups = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                String key = a.interpreter().forceStringNoContext(a.interpreter().call(f, list.get(i), a.pos()), null,
                        "while evaluating the return value of the grouping function passed to builtins.groupBy");
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(list.get(i));
            }
            NixAttrs.Builder b = NixAttrs.builder(groups.size());
            groups.forEach((k, v) -> b.put(k.intern(), NixList.of(v.toArray(Lazy[]::new))));
            return b.build();
        });
        t.function("genericClosure", 1, ListBuiltins::genericClosure);
    }

    private static boolean predicate(Args a, Value f, Lazy item, String context) {
        return a.interpreter().forceBool(a.interpreter().call(f, item, a.pos()), null, context);
    }

    private static NixList concat(Args a, NixList lists, String context) {
        int total = 0;
        NixList[] parts = new NixList[lists.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = a.interpreter().forceList(lists.get(i), null, context);
            total += parts[i].size();
        }
        Lazy[] out = new Lazy[total];
        int k = 0;
        for (NixList part : parts) {
            for (int i = 0; i < part.size(); i++) {
                out[k++] = part.get(i);
            }
        }
        return NixList.of(out);
    }

    private static Value sort(Args a) {
        Value f = a.function(0);
        NixList list = a.list(1);
        Lazy[] items = list.toArray();
        Interpreter in = a.interpreter();
        // Sort the values, not their thunks: each comparison then reaches its operands in one step.
        for (int i = 0; i < items.length; i++) {
            items[i] = Interpreter.force(items[i], a.pos());
        }
        StableSort.Less less;
        if (f == in.lessThan()) {
            // As in Nix: with builtins.lessThan as the comparator, compare directly instead of calling it.
            less = (x, y) -> in.comparison().lessThan(x, y, a.pos());
        } else {
            less = (x, y) -> in.forceBool(in.call(f, x, y, a.pos()), null,
                    "while evaluating the return value of the sorting function passed to builtins.sort");
        }
        StableSort.sort(items, less);
        return NixList.of(items);
    }

    private static Value genericClosure(Args a) {
        NixAttrs args = a.attrs(0);
        Interpreter in = a.interpreter();
        Lazy startSet = Interpreter.requireAttr(args, "startSet", null, "in the attrset passed as argument to builtins.genericClosure");
        Lazy operator = Interpreter.requireAttr(args, "operator", null, "in the attrset passed as argument to builtins.genericClosure");
        NixList start = in.forceList(startSet, null, "while evaluating the 'startSet' attribute passed as argument to builtins.genericClosure");
        if (start.size() == 0) {
            return NixList.EMPTY;
        }
        Value op = in.forceCallable(operator, null, "while evaluating the 'operator' attribute passed as argument to builtins.genericClosure");
        Comparison comparison = in.comparison();
        TreeSet<Value> done = new TreeSet<>((x, y) -> comparison.lessThan(x, y, a.pos()) ? -1 : comparison.lessThan(y, x, a.pos()) ? 1 : 0);
        java.util.ArrayDeque<Lazy> work = new java.util.ArrayDeque<>();
        for (int i = 0; i < start.size(); i++) {
            work.add(start.get(i));
        }
        List<Lazy> result = new ArrayList<>();
        while (!work.isEmpty()) {
            Lazy item = work.poll();
            NixAttrs attrs = in.forceAttrs(item, null, "while evaluating one of the elements generated by (or initially passed to) builtins.genericClosure");
            Lazy key = Interpreter.requireAttr(attrs, "key", null,
                    "in one of the attrsets generated by (or initially passed to) builtins.genericClosure");
            if (!done.add(Interpreter.force(key, a.pos()))) {
                continue;
            }
            result.add(attrs);
            NixList next = in.forceList(in.call(op, attrs, a.pos()), null, "while evaluating the return value of the `operator` passed to builtins.genericClosure");
            for (int i = 0; i < next.size(); i++) {
                work.add(next.get(i));
            }
        }
        return NixList.of(result.toArray(Lazy[]::new));
    }
}
