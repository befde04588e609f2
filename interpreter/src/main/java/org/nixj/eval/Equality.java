package org.nixj.eval;

import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.print.ValuePrinter;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixFloat;
import org.nixj.eval.value.NixFunction;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixNull;
import org.nixj.eval.value.NixPath;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/**
 * Nix's {@code ==}: deep, forcing as it goes; an integer equals the float of the same value; functions are
 * never equal (unless they are the very same value); derivations compare by {@code outPath}.
 * {@link #assertEqual} walks the same way and explains the first difference, for failed
 * {@code assert a == b}.
 */
public final class Equality {
    private final Interpreter interpreter;

    Equality(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /**
     * {@code a == b}. Like Nix, only nested values count as equal by identity (two references to one list
     * element, one attribute), so {@code f == f} is false for a function but {@code [ f ] == [ f ]} is true.
     */
    public boolean equal(Value a, Value b, Pos pos) {
        return structurallyEqual(a, b, pos);
    }

    private boolean equalNested(Lazy a, Lazy b, Pos pos) {
        return a == b || structurallyEqual(Interpreter.force(a, pos), Interpreter.force(b, pos), pos);
    }

    private boolean structurallyEqual(Value v1, Value v2, Pos pos) {
        return switch (v1) {
            case NixInt i when v2 instanceof NixFloat f -> i.value() == f.value();
            case NixFloat f when v2 instanceof NixInt i -> f.value() == i.value();
            case NixInt i when v2 instanceof NixInt j -> i.value() == j.value();
            case NixFloat f when v2 instanceof NixFloat g -> f.value() == g.value();
            case NixBool b when v2 instanceof NixBool c -> b == c;
            case NixString s when v2 instanceof NixString t -> s.value().equals(t.value());
            case NixPath p when v2 instanceof NixPath q -> p.path().equals(q.path());
            case NixNull n when v2 instanceof NixNull -> true;
            case NixList l when v2 instanceof NixList m -> listsEqual(l, m, pos);
            case NixAttrs x when v2 instanceof NixAttrs y -> attrsEqual(x, y, pos);
            default -> false;
        };
    }

    private boolean listsEqual(NixList l, NixList m, Pos pos) {
        if (l.size() != m.size()) {
            return false;
        }
        for (int i = 0; i < l.size(); i++) {
            if (!equalNested(l.get(i), m.get(i), pos)) {
                return false;
            }
        }
        return true;
    }

    private boolean attrsEqual(NixAttrs x, NixAttrs y, Pos pos) {
        if (isDerivation(x, pos) && isDerivation(y, pos)) {
            Lazy i = x.get("outPath");
            Lazy j = y.get("outPath");
            if (i != null && j != null) {
                return equalNested(i, j, pos);
            }
        }
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!x.name(i).equals(y.name(i)) || !equalNested(x.value(i), y.value(i), pos)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code attrs} has {@code type = "derivation"}. */
    public static boolean isDerivation(NixAttrs attrs, Pos pos) {
        Lazy type = attrs.get("type");
        return type != null && Interpreter.force(type, pos) instanceof NixString s && s.value().equals("derivation");
    }

    /** Throws an assertion error describing how {@code a} and {@code b} differ; returns if they are equal. */
    public void assertEqual(Value v1, Value v2, Pos pos) {
        boolean numbers = (v1 instanceof NixInt || v1 instanceof NixFloat) && (v2 instanceof NixInt || v2 instanceof NixFloat);
        if (numbers) {
            if (!equal(v1, v2, pos)) {
                throw fail(v1.showType() + " with value '" + show(v1) + "' is not equal to " + v2.showType() + " with value '" + show(v2) + "'");
            }
            return;
        }
        if (!sameKind(v1, v2)) {
            throw fail(v1.showType() + " of value '" + show(v1) + "' is not equal to " + v2.showType() + " of value '" + show(v2) + "'");
        }
        switch (v1) {
            case NixInt i -> {
                if (i.value() != ((NixInt) v2).value()) {
                    throw fail("integer '" + i.value() + "' is not equal to integer '" + ((NixInt) v2).value() + "'");
                }
            }
            case NixBool b -> {
                if (b != v2) {
                    throw fail("boolean '" + show(v1) + "' is not equal to boolean '" + show(v2) + "'");
                }
            }
            case NixString s -> {
                if (!s.value().equals(((NixString) v2).value())) {
                    throw fail("string '" + show(v1) + "' is not equal to string '" + show(v2) + "'");
                }
            }
            case NixPath p -> {
                if (!p.path().equals(((NixPath) v2).path())) {
                    throw fail("path '" + show(v1) + "' is not equal to path '" + show(v2) + "'");
                }
            }
            case NixNull n -> { }
            case NixList l -> assertListsEqual(l, (NixList) v2, pos);
            case NixAttrs x -> assertAttrsEqual(x, (NixAttrs) v2, pos);
            case NixFunction f -> throw fail("distinct functions and immediate comparisons of identical functions compare as unequal");
            case NixFloat f -> {
                if (f.value() != ((NixFloat) v2).value()) {
                    throw fail("float '" + Numbers.toStringFixed(f.value()) + "' is not equal to float '"
                            + Numbers.toStringFixed(((NixFloat) v2).value()) + "'");
                }
            }
        }
    }

    private void assertEqualNested(Lazy a, Lazy b, Pos pos) {
        if (a != b) {
            assertEqual(Interpreter.force(a, pos), Interpreter.force(b, pos), pos);
        }
    }

    private void assertListsEqual(NixList l, NixList m, Pos pos) {
        if (l.size() != m.size()) {
            throw fail("list of size '" + l.size() + "' is not equal to list of size '" + m.size()
                    + "', left hand side is '" + show(l) + "', right hand side is '" + show(m) + "'");
        }
        for (int i = 0; i < l.size(); i++) {
            try {
                assertEqualNested(l.get(i), m.get(i), pos);
            } catch (EvalError e) {
                throw e.addTrace(pos, "while comparing list element " + i);
            }
        }
    }

    private void assertAttrsEqual(NixAttrs x, NixAttrs y, Pos pos) {
        if (isDerivation(x, pos) && isDerivation(y, pos) && x.has("outPath") && y.has("outPath")) {
            try {
                assertEqualNested(x.get("outPath"), y.get("outPath"), pos);
                return;
            } catch (EvalError e) {
                throw e.addTrace(pos, "while comparing a derivation by its 'outPath' attribute");
            }
        }
        if (x.size() != y.size()) {
            throw fail("attribute names of attribute set '" + show(x) + "' differs from attribute set '" + show(y) + "'");
        }
        for (int i = 0; i < x.size(); i++) {
            if (!x.name(i).equals(y.name(i))) {
                if (!y.has(x.name(i))) {
                    throw fail("attribute name '" + x.name(i) + "' is contained in '" + show(x) + "', but not in '" + show(y) + "'");
                }
                throw fail("attribute name '" + y.name(i) + "' is missing in '" + show(x) + "', but is contained in '" + show(y) + "'");
            }
            try {
                assertEqualNested(x.value(i), y.value(i), pos);
            } catch (EvalError e) {
                if (y.pos(i) != null) {
                    e.addTrace(y.pos(i), "where right hand side is");
                }
                if (x.pos(i) != null) {
                    e.addTrace(x.pos(i), "where left hand side is");
                }
                throw e.addTrace(pos, "while comparing attribute '" + x.name(i) + "'");
            }
        }
    }

    private static boolean sameKind(Value a, Value b) {
        return a.getClass().equals(b.getClass()) || a instanceof NixFunction && b instanceof NixFunction;
    }

    private static String show(Value v) {
        return ValuePrinter.forError(v);
    }

    private static EvalError fail(String message) {
        return new EvalError(ErrorKind.ASSERTION, message);
    }
}
