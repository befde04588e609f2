package org.nixj.parser;

import java.util.HashMap;
import java.util.Map;
import org.nixj.source.Pos;
import org.nixj.syntax.Formal;
import org.nixj.syntax.Formals;

/** Nix's check that a function's formals, and its {@code @} name, are all distinct. */
final class FormalsCheck {
    private FormalsCheck() {}

    /**
     * Throws "duplicate formal function argument" at the repeated formal, or at the function when the
     * {@code @} name repeats a formal. With several duplicates, Nix names the one whose name it saw first.
     */
    static void rejectDuplicates(Formals formals, String arg, Pos lambdaPos) {
        Map<String, Formal> first = new HashMap<>();
        Formal duplicate = null;
        Formal duplicateOf = null;
        for (Formal f : formals.formals()) {
            Formal earlier = first.putIfAbsent(f.name(), f);
            if (earlier != null && (duplicateOf == null || earlier.pos().offset() < duplicateOf.pos().offset())) {
                duplicate = f;
                duplicateOf = earlier;
            }
        }
        if (duplicate != null) {
            throw new ParseError("duplicate formal function argument '" + duplicate.name() + "'", duplicate.pos());
        }
        if (arg != null && first.containsKey(arg)) {
            throw new ParseError("duplicate formal function argument '" + arg + "'", lambdaPos);
        }
    }
}
