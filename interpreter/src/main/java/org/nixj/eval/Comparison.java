package org.nixj.eval;

import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.print.ValuePrinter;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixFloat;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixPath;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/**
 * Nix's ordering ({@code <}, {@code genericClosure} keys): numbers (int and float mixed), strings and paths
 * by bytes, lists lexicographically. Anything else cannot be compared.
 */
public final class Comparison {
    private final Interpreter interpreter;

    public Comparison(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** Whether {@code a < b}. */
    public boolean lessThan(Lazy a, Lazy b, Pos pos) {
        Value v1 = Interpreter.force(a, pos);
        Value v2 = Interpreter.force(b, pos);
        if (v1 instanceof NixInt i && v2 instanceof NixInt j) {
            return i.value() < j.value();  // the common case first (sorting numbers)
        }
        if (v1 instanceof NixFloat f && v2 instanceof NixInt i) {
            return f.value() < i.value();
        }
        if (v1 instanceof NixInt i && v2 instanceof NixFloat f) {
            return i.value() < f.value();
        }
        if (!v1.getClass().equals(v2.getClass())) {
            throw new EvalError(ErrorKind.EVAL, "cannot compare " + v1.showType() + " with " + v2.showType()
                    + "; values are " + ValuePrinter.forError(v1) + " and " + ValuePrinter.forError(v2));
        }
        return switch (v1) {
            case NixInt i -> i.value() < ((NixInt) v2).value();
            case NixFloat f -> f.value() < ((NixFloat) v2).value();
            case NixString s -> s.value().compareTo(((NixString) v2).value()) < 0;
            case NixPath p -> p.path().compareTo(((NixPath) v2).path()) < 0;
            case NixList l -> listLessThan(l, (NixList) v2, pos);
            default -> throw new EvalError(ErrorKind.EVAL, "cannot compare " + v1.showType() + " with " + v2.showType()
                    + "; values of that type are incomparable (values are " + ValuePrinter.forError(v1) + " and "
                    + ValuePrinter.forError(v2) + ")");
        };
    }

    private boolean listLessThan(NixList l, NixList m, Pos pos) {
        for (int i = 0; i < l.size() && i < m.size(); i++) {
            Value x = Interpreter.force(l.get(i), pos);
            Value y = Interpreter.force(m.get(i), pos);
            if (!interpreter.equality().equal(x, y, pos)) {
                try {
                    return lessThan(x, y, pos);
                } catch (EvalError e) {
                    throw e.addTrace(pos, "while comparing two list elements");
                }
            }
        }
        return l.size() < m.size();
    }
}
