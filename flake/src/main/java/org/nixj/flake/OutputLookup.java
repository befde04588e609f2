package org.nixj.flake;

import java.util.ArrayList;
import java.util.List;
import org.nixj.eval.AttrPathSelection;
import org.nixj.eval.Evaluator;
import org.nixj.eval.Suggestions;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.Value;

/** Finds an installable's attribute in a flake's outputs, trying its candidate paths in order, as Nix does. */
final class OutputLookup {
    private OutputLookup() {}

    /**
     * The value at the first of {@code candidates} that exists in {@code outputs}; else Nix's error naming
     * every path tried, with suggestions for the last.
     */
    static Value find(Evaluator evaluator, Value outputs, List<String> candidates, String flakeDescription) {
        List<String> suggestions = List.of();
        for (String candidate : candidates) {
            Value v = outputs;
            List<String> steps = AttrPathSelection.parse(candidate);
            boolean found = true;
            for (String step : steps) {
                if (!(evaluator.force(v) instanceof NixAttrs attrs)) {
                    found = false;
                    break;
                }
                Lazy next = attrs.get(step);
                if (next == null) {
                    suggestions = Suggestions.among(step, attrs);
                    found = false;
                    break;
                }
                v = evaluator.force(next);
            }
            if (found) {
                return v;
            }
        }
        throw (EvalError) new EvalError(ErrorKind.EVAL, "flake '" + flakeDescription + "' does not provide attribute "
                + quotedList(candidates)).withSuggestions(suggestions);
    }

    /** {@code 'a', 'b' or 'c'}. */
    private static String quotedList(List<String> items) {
        List<String> quoted = new ArrayList<>();
        items.forEach(item -> quoted.add("'" + item + "'"));
        if (quoted.size() == 1) {
            return quoted.getFirst();
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.getLast();
    }
}
