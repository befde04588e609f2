package org.nixj.regex;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.nixj.regex.Nfa.Seq;
import org.nixj.regex.Scanner.Token;

/**
 * Parses a POSIX extended regular expression and builds its {@link Nfa} the way libstdc++'s
 * {@code _Compiler} does, fragment by fragment on a stack:
 *
 * <pre>
 * disjunction := alternative ('|' alternative)*
 * alternative := term*
 * term        := '^' | '$' | atom quantifier*
 * atom        := '.' | char | '(' disjunction ')' | bracket
 * quantifier  := '*' | '+' | '?' | '{' n (',' m?)? '}'
 * </pre>
 *
 * A quantifier may follow another ({@code a**}, {@code a+?} is {@code (a+)?}, never lazy) but not an
 * anchor ({@code ^*} is invalid); {@code {,n}} is invalid; an empty alternative or group is allowed.
 */
final class RegexCompiler {
    private final Scanner scanner;
    private final Nfa nfa = new Nfa();
    private final ArrayDeque<Seq> stack = new ArrayDeque<>();
    private String value;

    private RegexCompiler(String pattern) {
        this.scanner = new Scanner(pattern);
    }

    /** The automaton of {@code pattern}: group 0 around the whole pattern, then an accepting state. */
    static Nfa compile(String pattern) {
        return new RegexCompiler(pattern).run();
    }

    private Nfa run() {
        Seq whole = new Seq(nfa.insertGroupBegin());
        disjunction();
        if (!accept(Token.EOF)) {
            throw new RegexSyntaxException("unmatched parenthesis or unexpected token");
        }
        nfa.append(whole, stack.pop());
        nfa.append(whole, nfa.insertGroupEnd());
        nfa.append(whole, nfa.insert(Nfa.ACCEPT, Nfa.NONE, Nfa.NONE, 0));
        nfa.eliminateDummies();
        return nfa;
    }

    private boolean accept(Token token) {
        if (scanner.token() == token) {
            value = scanner.value();
            scanner.advance();
            return true;
        }
        return false;
    }

    private void disjunction() {
        alternative();
        while (accept(Token.OR)) {
            Seq left = stack.pop();
            alternative();
            Seq right = stack.pop();
            int end = nfa.insertDummy();
            nfa.append(left, end);
            nfa.append(right, end);
            // The left branch is the state's alt, which the matcher tries first.
            stack.push(new Seq(nfa.insertAlternative(right.start, left.start), end));
        }
    }

    private void alternative() {
        // libstdc++ recurses once per term; collecting the terms first builds the same states.
        List<Seq> terms = new ArrayList<>();
        while (term()) {
            terms.add(stack.pop());
        }
        Seq tail = new Seq(nfa.insertDummy());
        for (int i = terms.size() - 1; i >= 0; i--) {
            Seq term = terms.get(i);
            nfa.append(term, tail);
            tail = term;
        }
        stack.push(tail);
    }

    private boolean term() {
        if (accept(Token.LINE_BEGIN)) {
            stack.push(new Seq(nfa.insert(Nfa.LINE_BEGIN, Nfa.NONE, Nfa.NONE, 0)));
            return true;
        }
        if (accept(Token.LINE_END)) {
            stack.push(new Seq(nfa.insert(Nfa.LINE_END, Nfa.NONE, Nfa.NONE, 0)));
            return true;
        }
        if (atom()) {
            while (quantifier()) {
                // Each quantifier applies to the fragment built so far.
            }
            return true;
        }
        return false;
    }

    private boolean atom() {
        if (accept(Token.ANY_CHAR)) {
            stack.push(new Seq(nfa.insertMatcher(ByteSets.anyButNul())));
        } else if (accept(Token.ORD_CHAR)) {
            stack.push(new Seq(nfa.insertMatcher(ByteSets.single(value.charAt(0)))));
        } else if (accept(Token.SUBEXPR_BEGIN)) {
            Seq group = new Seq(nfa.insertGroupBegin());
            disjunction();
            if (!accept(Token.SUBEXPR_END)) {
                throw new RegexSyntaxException("unmatched '('");
            }
            nfa.append(group, stack.pop());
            nfa.append(group, nfa.insertGroupEnd());
            stack.push(group);
        } else {
            boolean negated = accept(Token.BRACKET_NEG_BEGIN);
            if (!negated && !accept(Token.BRACKET_BEGIN)) {
                return false;
            }
            stack.push(new Seq(nfa.insertMatcher(new BracketParser(negated).parse())));
        }
        return true;
    }

    private boolean quantifier() {
        if (accept(Token.CLOSURE0)) {
            Seq operand = stack.pop();
            Seq repeat = new Seq(nfa.insertRepeat(Nfa.NONE, operand.start));
            nfa.append(operand, repeat);
            stack.push(repeat);
        } else if (accept(Token.CLOSURE1)) {
            Seq operand = stack.pop();
            nfa.append(operand, nfa.insertRepeat(Nfa.NONE, operand.start));
            stack.push(operand);
        } else if (accept(Token.OPT)) {
            Seq operand = stack.pop();
            int end = nfa.insertDummy();
            Seq repeat = new Seq(nfa.insertRepeat(Nfa.NONE, operand.start));
            nfa.append(operand, end);
            nfa.append(repeat, end);
            stack.push(repeat);
        } else if (accept(Token.INTERVAL_BEGIN)) {
            interval();
        } else {
            return false;
        }
        return true;
    }

    /** {@code {n}}, {@code {n,}} and {@code {n,m}}: n copies of the operand, then a loop or m-n optional copies. */
    private void interval() {
        if (!accept(Token.DUP_COUNT)) {
            throw new RegexSyntaxException("expected a repeat count in '{...}'");
        }
        Seq operand = stack.pop();
        Seq result = new Seq(nfa.insertDummy());
        long min = intValue(value);
        boolean unbounded = false;
        long optional = 0;
        if (accept(Token.COMMA)) {
            if (accept(Token.DUP_COUNT)) {
                optional = intValue(value) - min;
            } else {
                unbounded = true;
            }
        }
        if (!accept(Token.INTERVAL_END)) {
            throw new RegexSyntaxException("unterminated '{...}'");
        }
        for (long i = 0; i < min; i++) {
            nfa.append(result, nfa.copy(operand));
        }
        if (unbounded) {
            Seq body = nfa.copy(operand);
            Seq loop = new Seq(nfa.insertRepeat(Nfa.NONE, body.start));
            nfa.append(body, loop);
            nfa.append(result, loop);
        } else {
            if (optional < 0) {
                throw new RegexSyntaxException("invalid range in '{...}'");
            }
            int end = nfa.insertDummy();
            ArrayDeque<Integer> repeats = new ArrayDeque<>();
            for (long i = 0; i < optional; i++) {
                Seq body = nfa.copy(operand);
                int repeat = nfa.insertRepeat(body.start, end);
                repeats.push(repeat);
                nfa.append(result, new Seq(repeat, body.end));
            }
            nfa.append(result, end);
            // Built as (next = body, alt = skip) and then swapped, as libstdc++ does: greedy, body first.
            for (int repeat : repeats) {
                int t = nfa.next[repeat];
                nfa.next[repeat] = nfa.alt[repeat];
                nfa.alt[repeat] = t;
            }
        }
        stack.push(result);
    }

    /** A repeat count as libstdc++ reads it: accumulated in a C {@code long}, then narrowed to {@code int}. */
    private static long intValue(String digits) {
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            v = v * 10 + (digits.charAt(i) - '0');
        }
        return (int) v;
    }

    /** The members of one bracket expression, after its opening {@code [} or {@code [^}. */
    private final class BracketParser {
        private final boolean negated;
        private final long[] chars = ByteSets.empty();
        private final List<int[]> ranges = new ArrayList<>();
        private final List<ByteSets.CharClass> classes = new ArrayList<>();
        private final List<Integer> equivalences = new ArrayList<>();
        /** The pending single character (it may start a range), or -1; CLASS after a class or equivalence. */
        private int last = -1;
        private static final int CLASS = -2;

        BracketParser(boolean negated) {
            this.negated = negated;
        }

        long[] parse() {
            if (accept(Token.ORD_CHAR)) {
                last = value.charAt(0);
            } else if (accept(Token.BRACKET_DASH)) {
                last = '-';
            }
            while (term()) {
                // One member at a time until the closing ']'.
            }
            if (last >= 0) {
                ByteSets.add(chars, last);
            }
            long[] set = ByteSets.empty();
            for (int b = 0; b < 256; b++) {
                if (matches(b) != negated) {
                    ByteSets.add(set, b);
                }
            }
            return set;
        }

        private boolean matches(int b) {
            if (ByteSets.contains(chars, b)) {
                return true;
            }
            int c = ByteSets.signed(b);
            for (int[] r : ranges) {
                if (r[0] <= c && c <= r[1]) {
                    return true;
                }
            }
            for (ByteSets.CharClass k : classes) {
                if (k.contains(b)) {
                    return true;
                }
            }
            return equivalences.contains(ByteSets.toLower(b));
        }

        private void pushChar(int c) {
            if (last >= 0) {
                ByteSets.add(chars, last);
            }
            last = c;
        }

        private void pushClass() {
            if (last >= 0) {
                ByteSets.add(chars, last);
            }
            last = CLASS;
        }

        private boolean term() {
            if (accept(Token.BRACKET_END)) {
                return false;
            }
            if (accept(Token.COLLSYMBOL)) {
                int c = ByteSets.collatingElement(value);
                if (c < 0) {
                    throw new RegexSyntaxException("invalid collating element '" + value + "'");
                }
                ByteSets.add(chars, c);
                pushChar(c);
            } else if (accept(Token.EQUIV_CLASS_NAME)) {
                pushClass();
                int c = ByteSets.collatingElement(value);
                if (c < 0) {
                    throw new RegexSyntaxException("invalid equivalence class '" + value + "'");
                }
                equivalences.add(ByteSets.toLower(c));
            } else if (accept(Token.CHAR_CLASS_NAME)) {
                pushClass();
                ByteSets.CharClass k = ByteSets.charClass(value);
                if (k == null) {
                    throw new RegexSyntaxException("invalid character class '" + value + "'");
                }
                classes.add(k);
            } else if (accept(Token.ORD_CHAR)) {
                pushChar(value.charAt(0));
            } else if (accept(Token.BRACKET_DASH)) {
                return dash();
            } else {
                throw new RegexSyntaxException("unterminated bracket expression");
            }
            return true;
        }

        /** A '-' that is not first: the end of the expression, a range, or an error. */
        private boolean dash() {
            if (accept(Token.BRACKET_END)) {
                pushChar('-');
                return false;
            }
            if (last == CLASS) {
                throw new RegexSyntaxException("a range cannot start with a class");
            }
            if (last < 0) {
                throw new RegexSyntaxException("invalid location of '-' within '[...]'");
            }
            int to;
            if (accept(Token.ORD_CHAR)) {
                to = value.charAt(0);
            } else if (accept(Token.BRACKET_DASH)) {
                to = '-';
            } else {
                throw new RegexSyntaxException("invalid end of range");
            }
            if (ByteSets.signed(last) > ByteSets.signed(to)) {
                throw new RegexSyntaxException("invalid range in bracket expression");
            }
            ranges.add(new int[] {ByteSets.signed(last), ByteSets.signed(to)});
            last = -1;
            return true;
        }
    }
}
