package org.nixj.eval;

import org.nixj.eval.value.Thunk;
import org.nixj.eval.value.Value;
import org.nixj.source.Source;

/** Source code evaluated when first forced ({@link Evaluator#evaluateLazily}). */
final class SourceThunk extends Thunk {
    private Interpreter interpreter;
    private Source source;

    SourceThunk(Interpreter interpreter, Source source) {
        this.interpreter = interpreter;
        this.source = source;
    }

    @Override
    protected Value compute() {
        return interpreter.evaluate(source);
    }

    @Override
    protected void release() {
        interpreter = null;
        source = null;
    }
}
