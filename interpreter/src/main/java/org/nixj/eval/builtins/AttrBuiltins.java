package org.nixj.eval.builtins;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nixj.eval.Interpreter;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Closure;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixFunction;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixNull;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/** Builtins on attribute sets. */
final class AttrBuiltins {
    private AttrBuiltins() {}

    static void register(BuiltinTable t) {
        t.function("attrNames", 1, a -> {
            NixAttrs attrs = a.attrs(0);
            Lazy[] names = new Lazy[attrs.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = NixString.of(attrs.name(i));
            }
            return NixList.of(names);
        });
        t.function("attrValues", 1, a -> {
            NixAttrs attrs = a.attrs(0);
            Lazy[] values = new Lazy[attrs.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = attrs.value(i);
            }
            return NixList.of(values);
        });
        t.function("getAttr", 2, a -> {
            String name = a.stringNoContext(0);
            NixAttrs attrs = a.attrs(1);
            int i = attrs.indexOf(name);
            if (i < 0) {
                throw Interpreter.missingAttr(name, null, "in the attribute set under consideration");
            }
            return Interpreter.force(attrs.value(i), attrs.pos(i) != null ? attrs.pos(i) : a.pos());
        });
        t.function("hasAttr", 2, a -> {
            String name = a.stringNoContext(0);
            return NixBool.of(a.attrs(1).has(name));
        });
        t.globalFunction("removeAttrs", 2, a -> {
            NixAttrs attrs = a.attrs(0);
            NixList names = a.list(1);
            Set<String> remove = new HashSet<>();
            for (int i = 0; i < names.size(); i++) {
                remove.add(a.interpreter().forceStringNoContext(names.get(i), null,
                        "while evaluating the values of the second argument passed to builtins.removeAttrs"));
            }
            if (remove.isEmpty()) {
                return attrs;
            }
            NixAttrs.Builder b = NixAttrs.builder(attrs.size());
            for (int i = 0; i < attrs.size(); i++) {
                if (!remove.contains(attrs.name(i))) {
                    b.put(attrs.name(i), attrs.value(i), attrs.pos(i));
                }
            }
            return b.build();
        });
        t.function("listToAttrs", 1, a -> {
            NixList list = a.list(0);
            NixAttrs.Builder b = NixAttrs.builder(list.size());
            Interpreter in = a.interpreter();
            for (int i = 0; i < list.size(); i++) {
                NixAttrs item = in.forceAttrs(list.get(i), null, "while evaluating an element of the list passed to builtins.listToAttrs");
                Lazy name = Interpreter.requireAttr(item, "name", null, "in a {name=...; value=...;} pair");
                String n = in.forceStringNoContext(name, null, "while evaluating the `name` attribute of an element of the list passed to builtins.listToAttrs").intern();
                int valueIndex = item.indexOf("value");
                if (valueIndex < 0) {
                    throw Interpreter.missingAttr("value", null, "in a {name=...; value=...;} pair");
                }
                b.put(n, item.value(valueIndex), item.pos(valueIndex));
            }
            return b.build();
        });
        t.function("intersectAttrs", 2, a -> {
            NixAttrs left = a.attrs(0);
            NixAttrs right = a.attrs(1);
            NixAttrs.Builder b = NixAttrs.builder(Math.min(left.size(), right.size()));
            for (int i = 0; i < right.size(); i++) {
                if (left.has(right.name(i))) {
                    b.put(right.name(i), right.value(i), right.pos(i));
                }
            }
            return b.build();
        });
        t.function("catAttrs", 2, a -> {
            String name = a.stringNoContext(0).intern();
            NixList list = a.list(1);
            List<Lazy> values = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                NixAttrs item = a.interpreter().forceAttrs(list.get(i), null,
                        "while evaluating an element in the list passed as second argument to builtins.catAttrs");
                Lazy v = item.get(name);
                if (v != null) {
                    values.add(v);
                }
            }
            return NixList.of(values.toArray(Lazy[]::new));
        });
        t.function("mapAttrs", 2, a -> {
            Value f = a.function(0);
            NixAttrs attrs = a.attrs(1);
            Lazy[] values = new Lazy[attrs.size()];
            String[] names = attrs.names();
            for (int i = 0; i < values.length; i++) {
                values[i] = new CallThunk(a.interpreter(), f, a.pos(), NixString.of(names[i]), attrs.value(i));
            }
            // As in Nix, the new attributes have no positions (unsafeGetAttrPos gives null): nixpkgs' module
            // tests rely on mapAttrs to discard them (options.*.declarationPositions falls back to the file).
            return NixAttrs.ofSorted(names, values, new Pos[values.length]);
        });
        t.function("zipAttrsWith", 2, a -> {
            Value f = a.function(0);
            NixList list = a.list(1);
            Map<String, List<Lazy>> collected = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                NixAttrs item = a.interpreter().forceAttrs(list.get(i), null,
                        "while evaluating a value of the list passed as second argument to builtins.zipAttrsWith");
                for (int j = 0; j < item.size(); j++) {
                    collected.computeIfAbsent(item.name(j), k -> new ArrayList<>()).add(item.value(j));
                }
            }
            NixAttrs.Builder b = NixAttrs.builder(collected.size());
            collected.forEach((name, values) -> b.put(name, new CallThunk(a.interpreter(), f, a.pos(),
                    NixString.of(name), NixList.of(values.toArray(Lazy[]::new)))));
            return b.build();
        });
        t.function("functionArgs", 1, a -> {
            Value f = a.value(0);
            if (!(f instanceof NixFunction)) {
                throw new EvalError(ErrorKind.TYPE, "'functionArgs' requires a function");
            }
            if (!(f instanceof Closure c) || !c.lambda().hasFormals()) {
                return NixAttrs.EMPTY;
            }
            String[] formals = c.lambda().formalNames();
            NixAttrs.Builder b = NixAttrs.builder(formals.length);
            for (int i = 0; i < formals.length; i++) {
                // Each attribute carries its formal's position, for unsafeGetAttrPos (callPackage errors).
                b.put(formals[i], NixBool.of(c.lambda().formalHasDefault(i)), c.lambda().formalPos(i));
            }
            return b.build();
        });
        t.function("unsafeGetAttrPos", 2, a -> {
            String name = a.stringNoContext(0);
            NixAttrs attrs = a.attrs(1);
            Pos pos = attrs.posOf(name);
            return a.interpreter().positionAttrs(pos);
        });
    }
}
