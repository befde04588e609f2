package org.nixj.regex;

import java.util.Arrays;

/**
 * Runs an {@link Nfa} over a byte string as libstdc++'s depth-first {@code _Executor} does in POSIX mode,
 * with an explicit stack instead of recursion so that long subjects cannot overflow the Java stack.
 *
 * <p>The search, state by state: a {@code MATCH} state consumes one byte; a repeat first tries one more
 * iteration and tries leaving the loop only if no match has been found yet (an iteration may be entered at
 * most twice without consuming input); an alternative tries its left branch, then its right one with the
 * "found" flag cleared, then restores the flag; group boundaries record positions and restore them on the
 * way back. Every time the accepting state is reached the match is kept if it is longer than the best so
 * far, so alternatives yield the longest match and the captures of the first path that reached it.
 *
 * <p>An executor may run many searches over its input, one after the other (not concurrently). A search
 * stops as soon as its result is certain, and the next one then starts from clean bookkeeping.
 *
 * <p>Each stack entry is five ints: an action and its operands. Undo actions pushed under a {@code VISIT}
 * run after everything that visit led to, as the code after a recursive call would.
 */
final class Executor {
    /** Only matches covering the whole input count. */
    static final int EXACT = 1;
    /** A match must not be empty. */
    static final int NOT_NULL = 2;
    /** Only matches starting at the first position count. */
    static final int CONTINUOUS = 4;
    /** There is input before the first position, so {@code ^} does not match there. */
    static final int PREV_AVAIL = 8;

    private static final int VISIT = 0;
    private static final int REPEAT_EXIT = 1;
    private static final int RESTORE_REPEAT = 2;
    private static final int RESTORE_BEGIN = 3;
    private static final int RESTORE_END = 4;
    private static final int ALT_RIGHT = 5;
    private static final int ALT_MERGE = 6;

    private final Nfa nfa;
    private final long[] firstBytes;
    private final String input;
    private final int end;
    private int flags;
    private int begin;
    /** Whether a search stopped early, skipping the restoring of the repeat counters. */
    private boolean dirty;

    private final int[] capStart;
    private final int[] capEnd;
    private final boolean[] capMatched;
    private int[] best;
    private final int[] repeatPos;
    private final int[] repeatCount;
    private boolean hasSolution;
    private int solutionEnd;
    private int[] stack = new int[5 * 64];
    private int top;
    /** Visits made so far; past {@link #visitsBeforePruning}, dead states are computed and skipped. */
    private long visits;
    private final long visitsBeforePruning;
    private LiveStates live;

    /** @param firstBytes the bytes a match can start with, or null if any position may match */
    Executor(Nfa nfa, long[] firstBytes, String input) {
        // A search that has visited every (state, position) pair a few times is heading for exponential time.
        this(nfa, firstBytes, input, 4096 + 4L * nfa.size * (input.length() + 1));
    }

    /**
     * An executor that starts skipping dead states after {@code visitsBeforePruning} visits (1: from the
     * start; {@link Long#MAX_VALUE}: never), so that tests can compare the two.
     */
    Executor(Nfa nfa, long[] firstBytes, String input, long visitsBeforePruning) {
        this.nfa = nfa;
        this.firstBytes = firstBytes;
        this.input = input;
        this.end = input.length();
        this.capStart = new int[nfa.groupCount];
        this.capEnd = new int[nfa.groupCount];
        this.capMatched = new boolean[nfa.groupCount];
        this.repeatPos = new int[nfa.size];
        this.repeatCount = new int[nfa.size];
        this.visitsBeforePruning = visitsBeforePruning;
    }

    /**
     * {@code std::regex_match} (with {@link #EXACT} in {@code flags}) or {@code std::regex_search} from
     * {@code from}: the
     * groups' start and end offsets (-1 for a group that did not take part), or null if there is no match.
     */
    int[] run(int from, int flags) {
        this.flags = flags;
        begin = from;
        if (canStart() && searchFrom()) {
            return best;
        }
        if ((this.flags & (EXACT | CONTINUOUS)) != 0) {
            return null;
        }
        this.flags |= PREV_AVAIL;
        while (begin != end) {
            begin++;
            if (canStart() && searchFrom()) {
                return best;
            }
        }
        return null;
    }

    /** Whether a match could start at {@code begin} (a search from a position that cannot is fruitless). */
    private boolean canStart() {
        return firstBytes == null || (begin < end && ByteSets.contains(firstBytes, input.charAt(begin)));
    }

    private boolean searchFrom() {
        hasSolution = false;
        solutionEnd = -1;
        best = null;
        Arrays.fill(capMatched, false);
        if (dirty) {
            // A count of 0 makes a repeat state ignore its recorded position, so this is a full reset.
            Arrays.fill(repeatCount, 0);
            dirty = false;
        }
        top = 0;
        push(VISIT, 0, begin, 0, 0);
        while (top > 0) {
            top -= 5;
            int action = stack[top];
            int a = stack[top + 1];
            int b = stack[top + 2];
            int c = stack[top + 3];
            int d = stack[top + 4];
            switch (action) {
                case VISIT -> {
                    if (visit(a, b)) {
                        // Nothing later can change the result: stop exploring.
                        top = 0;
                        dirty = true;
                    }
                }
                case REPEAT_EXIT -> {
                    if (!hasSolution) {
                        push(VISIT, nfa.next[a], b, 0, 0);
                    }
                }
                case RESTORE_REPEAT -> {
                    repeatPos[a] = b;
                    repeatCount[a] = c;
                }
                case RESTORE_BEGIN -> capStart[a] = b;
                case RESTORE_END -> {
                    capStart[a] = b;
                    capEnd[a] = c;
                    capMatched[a] = d != 0;
                }
                case ALT_RIGHT -> {
                    push(ALT_MERGE, hasSolution ? 1 : 0, 0, 0, 0);
                    hasSolution = false;
                    push(VISIT, nfa.next[a], b, 0, 0);
                }
                case ALT_MERGE -> hasSolution |= a != 0;
                default -> throw new IllegalStateException("bad action " + action);
            }
        }
        return hasSolution;
    }

    /**
     * Visits {@code state} at {@code pos}; true when the search can stop. Once a search has run long, visits
     * of states that cannot lead to acceptance are skipped (see {@link LiveStates} for why that changes no
     * result); a short search never pays for computing them.
     */
    private boolean visit(int state, int pos) {
        if (++visits == visitsBeforePruning) {
            live = LiveStates.compute(nfa, input);
        }
        if (live != null && !live.live(state, pos)) {
            return false;
        }
        switch (nfa.op[state]) {
            case Nfa.REPEAT -> {
                push(REPEAT_EXIT, state, pos, 0, 0);
                if (repeatCount[state] == 0 || repeatPos[state] != pos) {
                    push(RESTORE_REPEAT, state, repeatPos[state], repeatCount[state], 0);
                    repeatPos[state] = pos;
                    repeatCount[state] = 1;
                    push(VISIT, nfa.alt[state], pos, 0, 0);
                } else if (repeatCount[state] < 2) {
                    push(RESTORE_REPEAT, state, repeatPos[state], repeatCount[state], 0);
                    repeatCount[state]++;
                    push(VISIT, nfa.alt[state], pos, 0, 0);
                }
            }
            case Nfa.SUBEXPR_BEGIN -> {
                int g = nfa.arg[state];
                push(RESTORE_BEGIN, g, capStart[g], 0, 0);
                capStart[g] = pos;
                push(VISIT, nfa.next[state], pos, 0, 0);
            }
            case Nfa.SUBEXPR_END -> {
                int g = nfa.arg[state];
                push(RESTORE_END, g, capStart[g], capEnd[g], capMatched[g] ? 1 : 0);
                capEnd[g] = pos;
                capMatched[g] = true;
                push(VISIT, nfa.next[state], pos, 0, 0);
            }
            case Nfa.LINE_BEGIN -> {
                if (pos == begin && (flags & PREV_AVAIL) == 0) {
                    push(VISIT, nfa.next[state], pos, 0, 0);
                }
            }
            case Nfa.LINE_END -> {
                if (pos == end) {
                    push(VISIT, nfa.next[state], pos, 0, 0);
                }
            }
            case Nfa.MATCH -> {
                if (pos != end && ByteSets.contains(nfa.sets.get(nfa.arg[state]), input.charAt(pos))) {
                    push(VISIT, nfa.next[state], pos + 1, 0, 0);
                }
            }
            case Nfa.ACCEPT -> {
                return accept(pos);
            }
            case Nfa.ALTERNATIVE -> {
                push(ALT_RIGHT, state, pos, 0, 0);
                push(VISIT, nfa.alt[state], pos, 0, 0);
            }
            default -> throw new IllegalStateException("bad state " + nfa.op[state]);
        }
        return false;
    }

    private boolean accept(int pos) {
        boolean found = (flags & EXACT) == 0 || pos == end;
        if (pos == begin && (flags & NOT_NULL) != 0) {
            found = false;
        }
        hasSolution = found;
        if (found && (solutionEnd < 0 || solutionEnd < pos)) {
            solutionEnd = pos;
            best = new int[2 * capStart.length];
            for (int g = 0; g < capStart.length; g++) {
                best[2 * g] = capMatched[g] ? capStart[g] : -1;
                best[2 * g + 1] = capMatched[g] ? capEnd[g] : -1;
            }
        }
        // A match as long as the input (or any, when it must be the whole input) cannot be improved on.
        return found && pos == end;
    }

    private void push(int action, int a, int b, int c, int d) {
        if (top + 5 > stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[top] = action;
        stack[top + 1] = a;
        stack[top + 2] = b;
        stack[top + 3] = c;
        stack[top + 4] = d;
        top += 5;
    }
}
