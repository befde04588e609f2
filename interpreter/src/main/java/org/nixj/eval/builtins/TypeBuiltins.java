package org.nixj.eval.builtins;

import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixFloat;
import org.nixj.eval.value.NixFunction;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixNull;
import org.nixj.eval.value.NixPath;
import org.nixj.eval.value.NixString;

/** {@code typeOf} and the {@code isX} predicates. */
final class TypeBuiltins {
    private TypeBuiltins() {}

    static void register(BuiltinTable t) {
        t.function("typeOf", 1, a -> NixString.of(a.value(0).typeName()));
        t.globalFunction("isNull", 1, a -> NixBool.of(a.value(0) == NixNull.NULL));
        t.function("isFunction", 1, a -> NixBool.of(a.value(0) instanceof NixFunction));
        t.function("isInt", 1, a -> NixBool.of(a.value(0) instanceof NixInt));
        t.function("isFloat", 1, a -> NixBool.of(a.value(0) instanceof NixFloat));
        t.function("isString", 1, a -> NixBool.of(a.value(0) instanceof NixString));
        t.function("isBool", 1, a -> NixBool.of(a.value(0) instanceof NixBool));
        t.function("isPath", 1, a -> NixBool.of(a.value(0) instanceof NixPath));
        t.function("isAttrs", 1, a -> NixBool.of(a.value(0) instanceof NixAttrs));
        t.function("isList", 1, a -> NixBool.of(a.value(0) instanceof NixList));
    }

}
