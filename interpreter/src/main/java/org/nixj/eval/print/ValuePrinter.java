package org.nixj.eval.print;

import org.nixj.source.ByteStrings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.nixj.eval.Equality;
import org.nixj.eval.error.EvalError;
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
 * Nix's value printer, used by {@code nix eval}, the REPL and error messages: {@code { a = 1; }},
 * {@code «lambda f @ file:1:2»}, {@code «primop map»}, {@code «repeated»}, {@code «thunk»},
 * {@code «error: ...»}, with the limits of {@link PrintOptions}.
 */
public final class ValuePrinter {
    private static final String OPEN = ByteStrings.utf8("«");
    private static final String CLOSE = ByteStrings.utf8("»");
    private static final String REPEATED = ByteStrings.utf8("«repeated»");
    private static final String INFINITE = ByteStrings.utf8("«potential infinite recursion»");
    private static final String THUNK = ByteStrings.utf8("«thunk»");
    // Nix's colours (its ansicolor.hh), used when PrintOptions.ansiColors says so.
    private static final String CYAN = "\033[36;1m";
    private static final String MAGENTA = "\033[35;1m";
    private static final String GREEN = "\033[32;1m";
    private static final String BLUE = "\033[34;1m";
    private static final String RED = "\033[31;1m";
    private static final String FAINT = "\033[2m";
    private static final String NORMAL = "\033[0m";

    private final PrintOptions options;
    private final StringBuilder out = new StringBuilder();
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private int attrsPrinted;
    private int itemsPrinted;
    private String indent = "";

    private ValuePrinter(PrintOptions options) {
        this.options = options;
    }

    /** {@code lazy} printed with {@code options}, as a byte string. */
    public static String print(Lazy lazy, PrintOptions options) {
        ValuePrinter printer = new ValuePrinter(options);
        // The value printed is a place of its own, as in Nix, where evaluating into the result copies the value.
        printer.print(lazy, new Object(), 0);
        return printer.out.toString();
    }

    /** A value as it appears in an error message. */
    public static String forError(Lazy lazy) {
        return print(lazy, PrintOptions.ERROR);
    }

    /**
     * Prints the value at {@code place}: the slot (an attribute's or element's {@link Lazy}) it was found in.
     * As in current Nix, a list met again counts as repeated only when it is met in the same place (Nix keys
     * lists by their {@code Value}, which forcing another thunk to the same list copies), while a set is
     * repeated wherever it is met again (Nix keys sets by their bindings, which copies share).
     */
    private void print(Lazy lazy, Object place, int depth) {
        try {
            Value v;
            if (options.force()) {
                v = lazy.force();
            } else if (lazy instanceof Thunk t) {
                v = t.valueIfForced();
                if (v == null) {
                    colored(MAGENTA, t.isBeingForced() ? INFINITE : THUNK);
                    return;
                }
            } else {
                v = (Value) lazy;
            }
            printValue(v, place, depth);
        } catch (EvalError e) {
            if (options.errors() == PrintOptions.ErrorBehavior.THROW
                    || options.errors() == PrintOptions.ErrorBehavior.THROW_TOP_LEVEL && depth == 0) {
                throw e;
            }
            colored(RED, OPEN + "error: " + e.getMessage() + CLOSE);
        }
    }

    private void colored(String color, String text) {
        color(color);
        out.append(text);
        normal();
    }

    private void color(String color) {
        if (options.ansiColors()) {
            out.append(color);
        }
    }

    private void normal() {
        if (options.ansiColors()) {
            out.append(NORMAL);
        }
    }

    private void printValue(Value v, Object place, int depth) {
        switch (v) {
            case NixInt i -> colored(CYAN, Long.toString(i.value()));
            case NixFloat f -> colored(CYAN, NixLiterals.formatFloat(f.value()));
            case NixBool b -> colored(CYAN, Boolean.toString(b.value()));
            case NixNull n -> colored(CYAN, "null");
            case NixString s -> appendString(s.value());
            case NixPath p -> colored(GREEN, p.path());
            case NixAttrs a -> printAttrs(a, depth);
            case NixList l -> printList(l, place, depth);
            case Closure c -> colored(BLUE, OPEN + "lambda" + (c.name() != null ? " " + c.name() : "") + " @ " + c.pos() + CLOSE);
            case PrimOp p -> colored(BLUE, OPEN + "primop " + p.name() + CLOSE);
            case PrimOpApp p -> colored(BLUE, OPEN + "partially applied primop " + p.primOp().name() + CLOSE);
        }
    }

    private void appendString(String s) {
        color(MAGENTA);
        if (s.length() <= options.maxStringLength()) {
            NixLiterals.appendString(out, s);
            normal();
            return;
        }
        NixLiterals.appendString(out, s.substring(0, options.maxStringLength()));
        normal();
        out.append(' ');
        elided(s.length() - options.maxStringLength(), "byte", "bytes");
    }

    private void elided(int count, String single, String plural) {
        colored(FAINT, OPEN + count + " " + (count == 1 ? single : plural) + " elided" + CLOSE);
    }

    private void printAttrs(NixAttrs a, int depth) {
        if (!seen.add(a)) {
            colored(MAGENTA, REPEATED);
            return;
        }
        if (options.force() && options.derivationPaths() && Equality.isDerivation(a, null)) {
            color(GREEN);
            out.append(OPEN).append("derivation");
            Lazy drvPath = a.get("drvPath");
            if (drvPath != null && drvPath.force() instanceof NixString s) {
                out.append(' ').append(s.value());
            }
            out.append(CLOSE);
            normal();
            return;
        }
        if (depth >= options.maxDepth()) {
            out.append("{ ... }");
            return;
        }
        List<Integer> order = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            order.add(i);
        }
        if (options.maxAttrs() != Integer.MAX_VALUE) {
            // When some may be elided, the ones that say what a set is come first.
            order.sort((x, y) -> Boolean.compare(!important(a.name(x)), !important(a.name(y))));
        }
        boolean pretty = options.prettyPrint() && shouldPrettyPrint(a.size(), a.size() == 1 ? a.value(0) : null);
        increaseIndent();
        out.append('{');
        int printedHere = 0;
        for (int i : order) {
            space(pretty);
            if (attrsPrinted >= options.maxAttrs()) {
                elided(a.size() - printedHere, "attribute", "attributes");
                break;
            }
            NixLiterals.appendIdentifier(out, a.name(i));
            out.append(" = ");
            Lazy value = a.value(i);
            print(value, value, depth + 1);
            out.append(';');
            attrsPrinted++;
            printedHere++;
        }
        decreaseIndent();
        space(pretty);
        out.append('}');
    }

    private static boolean important(String name) {
        return name.equals("type") || name.equals("_type");
    }

    private void printList(NixList l, Object place, int depth) {
        if (l.size() > 0 && !seen.add(place)) {
            colored(MAGENTA, REPEATED);
            return;
        }
        if (depth >= options.maxDepth()) {
            out.append("[ ... ]");
            return;
        }
        boolean pretty = options.prettyPrint() && shouldPrettyPrint(l.size(), l.size() == 1 ? l.get(0) : null);
        increaseIndent();
        out.append('[');
        int printedHere = 0;
        for (int i = 0; i < l.size(); i++) {
            space(pretty);
            if (itemsPrinted >= options.maxListItems()) {
                elided(l.size() - printedHere, "item", "items");
                break;
            }
            Lazy item = l.get(i);
            print(item, item, depth + 1);
            itemsPrinted++;
            printedHere++;
        }
        decreaseIndent();
        space(pretty);
        out.append(']');
    }

    /** Multi-line for more than one item, or for a single item that is itself a set or list. */
    private boolean shouldPrettyPrint(int size, Lazy single) {
        if (size == 0) {
            return false;
        }
        if (size > 1) {
            return true;
        }
        Value v = single.force();
        return v instanceof NixAttrs || v instanceof NixList;
    }

    private void increaseIndent() {
        if (options.prettyPrint()) {
            indent += " ".repeat(options.prettyIndent());
        }
    }

    private void decreaseIndent() {
        if (options.prettyPrint()) {
            indent = indent.substring(options.prettyIndent());
        }
    }

    private void space(boolean pretty) {
        if (pretty) {
            out.append('\n').append(indent);
        } else {
            out.append(' ');
        }
    }
}
