package org.nixj.eval;

import java.util.ArrayList;
import java.util.List;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.print.ValuePrinter;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.Value;

/**
 * {@code -A a.b.0}: Nix's {@code findAlongAttrPath}. Each step auto-calls functions with the command-line
 * arguments, then selects an attribute, or a list element when the step is a number. Quoted steps
 * ({@code a."b.c"}) may contain dots.
 */
public final class AttrPathSelection {
    private AttrPathSelection() {}

    static Value select(Interpreter interpreter, Value root, String path, NixAttrs autoArgs) {
        Value v = root;
        List<String> steps = parse(path);
        StringBuilder done = new StringBuilder();
        for (String step : steps) {
            v = Interpreter.force(interpreter.autoCall(v, autoArgs), null);
            String prefix = done.toString();
            if (!done.isEmpty()) {
                done.append('.');
            }
            done.append(step);
            if (isIndex(step)) {
                if (!(v instanceof NixList list)) {
                    throw new EvalError(ErrorKind.TYPE, "the expression selected by the selection path '" + prefix
                            + "' should be a list but is " + v.showType() + ": " + ValuePrinter.forError(v));
                }
                long index = Long.parseLong(step);
                if (index >= list.size()) {
                    throw new EvalError(ErrorKind.EVAL, "list index " + index + " in selection path '" + path + "' is out of range");
                }
                v = Interpreter.force(list.get((int) index), null);
            } else {
                if (!(v instanceof NixAttrs attrs)) {
                    throw new EvalError(ErrorKind.TYPE, "the expression selected by the selection path '" + prefix
                            + "' should be a set but is " + v.showType() + ": " + ValuePrinter.forError(v));
                }
                int i = attrs.indexOf(step);
                if (i < 0) {
                    throw (EvalError) new EvalError(ErrorKind.EVAL, "attribute '" + step + "' in selection path '" + path + "' not found")
                            .withSuggestions(Suggestions.among(step, attrs));
                }
                v = Interpreter.force(attrs.value(i), attrs.pos(i));
            }
        }
        return v;
    }

    private static boolean isIndex(String step) {
        return !step.isEmpty() && step.chars().allMatch(Character::isDigit);
    }

    /** The steps of an attribute path: {@code a."b.c".0} gives {@code a}, {@code b.c}, {@code 0}. */
    public static List<String> parse(String path) {
        List<String> steps = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                steps.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new EvalError(ErrorKind.EVAL, "missing closing quote in selection path '" + path + "'");
        }
        if (!path.isEmpty()) {
            steps.add(current.toString());
        }
        return steps;
    }
}
