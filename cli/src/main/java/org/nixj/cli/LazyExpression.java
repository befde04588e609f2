package org.nixj.cli;

import org.nixj.eval.Evaluator;
import org.nixj.eval.value.Thunk;
import org.nixj.eval.value.Value;
import org.nixj.source.Source;

/** An {@code --arg} expression, evaluated only if the function uses the argument, as in Nix. */
final class LazyExpression extends Thunk {
    private Evaluator evaluator;
    private Source source;

    LazyExpression(Evaluator evaluator, Source source) {
        this.evaluator = evaluator;
        this.source = source;
    }

    @Override
    protected Value compute() {
        return evaluator.evaluate(source);
    }

    @Override
    protected void release() {
        evaluator = null;
        source = null;
    }
}
