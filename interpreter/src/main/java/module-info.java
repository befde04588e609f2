/**
 * The Nix evaluator. Embedders use {@link org.nixj.eval.Evaluator} and the values; modules that add builtins
 * (flakes, builds) use the extension point in {@code org.nixj.eval.builtins}. Compiled code, the serialisers
 * and the regular-expression engine are internal.
 */
module org.nixj.interpreter {
    requires transitive org.nixj.grammar;
    requires transitive org.nixj.store;
    requires transitive org.nixj.fetch;

    exports org.nixj.eval;
    exports org.nixj.eval.builtins;
    exports org.nixj.eval.error;
    exports org.nixj.eval.print;
    exports org.nixj.eval.value;
}
