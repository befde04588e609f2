package org.nixj.cli;

import java.util.List;
import org.nixj.eval.Evaluator;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.Value;

/**
 * The derivations in a value, found as {@code nix-instantiate} finds them: the value itself if it is one; else
 * the derivations among a list's elements or a set's attributes (in name order), going deeper only into sets
 * with {@code recurseForDerivations = true}.
 */
final class DerivationValues {
    private DerivationValues() {}

    /** Whether {@code value} (forced) is a derivation: a set whose {@code type} is {@code "derivation"}. */
    static boolean isDerivation(Evaluator evaluator, Value value) {
        if (!(value instanceof NixAttrs attrs)) {
            return false;
        }
        Lazy type = attrs.get("type");
        return type != null && evaluator.force(type) instanceof NixString s && s.value().equals("derivation");
    }

    /**
     * Adds the derivations of {@code value} to {@code found}.
     *
     * @throws EvalError with nix-instantiate's message when {@code value} is neither a derivation, a set nor a list
     */
    static void collect(Evaluator evaluator, Value value, List<NixAttrs> found) {
        Value forced = evaluator.force(value);
        if (!(forced instanceof NixAttrs) && !(forced instanceof NixList)) {
            throw new EvalError(ErrorKind.EVAL, "expression does not evaluate to a derivation (or a set or list of those)");
        }
        collect(evaluator, forced, found, true);
    }

    private static void collect(Evaluator evaluator, Value value, List<NixAttrs> found, boolean top) {
        if (isDerivation(evaluator, value)) {
            found.add((NixAttrs) value);
        } else if (value instanceof NixList list && top) {
            for (Lazy item : list.toArray()) {
                collect(evaluator, evaluator.force(item), found, false);
            }
        } else if (value instanceof NixAttrs attrs && (top || recurses(evaluator, attrs))) {
            for (String name : attrs.names()) {
                if (!name.equals("recurseForDerivations")) {
                    Value member = evaluator.force(attrs.get(name));
                    if (isDerivation(evaluator, member) || member instanceof NixAttrs) {
                        collect(evaluator, member, found, false);
                    }
                }
            }
        }
    }

    private static boolean recurses(Evaluator evaluator, NixAttrs attrs) {
        Lazy flag = attrs.get("recurseForDerivations");
        return flag != null && evaluator.force(flag) instanceof NixBool b && b.value();
    }
}
