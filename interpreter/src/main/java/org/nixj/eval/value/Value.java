package org.nixj.eval.value;

/**
 * A Nix value in weak head normal form. Nested parts (attribute values, list elements) may still be lazy.
 */
public sealed interface Value extends Lazy
        permits NixInt, NixFloat, NixBool, NixNull, NixString, NixPath, NixAttrs, NixList, NixFunction {

    @Override
    default Value force() {
        return this;
    }

    /** The name {@code builtins.typeOf} gives: {@code "int"}, {@code "set"}, {@code "lambda"}, ... */
    String typeName();

    /**
     * The type as Nix names it in error messages, with its article: {@code "an integer"}, {@code "a set"},
     * {@code "the built-in function 'map'"}.
     */
    String showType();
}
