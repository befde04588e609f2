package org.nixj.eval.print;

import org.nixj.source.ByteStrings;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.nixj.eval.value.Closure;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixFloat;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixNull;
import org.nixj.eval.value.NixPath;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.PrimOp;
import org.nixj.eval.value.PrimOpApp;
import org.nixj.eval.value.Thunk;
import org.nixj.eval.value.Value;
import org.nixj.syntax.NixLiterals;

/**
 * The printer of {@code nix-instantiate --eval}, kept by Nix for compatibility: it forces nothing, prints
 * unevaluated code as {@code <CODE>}, functions as {@code <LAMBDA>}, {@code <PRIMOP>} and
 * {@code <PRIMOP-APP>}, and a set or list met a second time as {@code «repeated»}.
 */
public final class AmbiguousPrinter {
    private static final String REPEATED = ByteStrings.utf8("«repeated»");
    private static final String INFINITE = ByteStrings.utf8("«potential infinite recursion»");

    private final StringBuilder out = new StringBuilder();
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private AmbiguousPrinter() {}

    /** {@code value} as {@code nix-instantiate --eval} prints it (without the final newline). */
    public static String print(Lazy value) {
        AmbiguousPrinter printer = new AmbiguousPrinter();
        // The value printed is a place of its own, as in Nix, where evaluating into the result copies the value.
        printer.append(value, new Object());
        return printer.out.toString();
    }

    /**
     * Appends the value at {@code place}, the slot (an attribute's or element's {@link Lazy}) it was found in.
     * As in current Nix's printAmbiguous, a list is repeated only when met again in the same place (Nix keys
     * it by its {@code Value}, which forcing another thunk to the same list copies), a non-empty set wherever
     * it is met again (Nix keys it by its bindings, which copies share).
     */
    private void append(Lazy lazy, Object place) {
        Value v;
        if (lazy instanceof Thunk t) {
            v = t.valueIfForced();
            if (v == null) {
                out.append(t.isBeingForced() ? INFINITE : "<CODE>");
                return;
            }
        } else {
            v = (Value) lazy;
        }
        switch (v) {
            case NixInt i -> out.append(i.value());
            case NixFloat f -> out.append(NixLiterals.formatFloat(f.value()));
            case NixBool b -> out.append(b.value());
            case NixNull n -> out.append("null");
            case NixString s -> NixLiterals.appendString(out, s.value());
            case NixPath p -> out.append(p.path());
            case NixAttrs a -> {
                if (!a.isEmpty() && !seen.add(a)) {
                    out.append(REPEATED);
                    return;
                }
                out.append("{ ");
                for (int i = 0; i < a.size(); i++) {
                    NixLiterals.appendIdentifier(out, a.name(i));
                    out.append(" = ");
                    Lazy value = a.value(i);
                    append(value, value);
                    out.append("; ");
                }
                out.append('}');
            }
            case NixList l -> {
                if (l.size() > 0 && !seen.add(place)) {
                    out.append(REPEATED);
                    return;
                }
                out.append("[ ");
                for (int i = 0; i < l.size(); i++) {
                    Lazy item = l.get(i);
                    append(item, item);
                    out.append(' ');
                }
                out.append(']');
            }
            case Closure c -> out.append("<LAMBDA>");
            case PrimOp p -> out.append("<PRIMOP>");
            case PrimOpApp p -> out.append("<PRIMOP-APP>");
        }
    }
}
