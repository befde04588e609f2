package org.nixj.regex;

/**
 * Which states of an {@link Nfa} can still lead to its accepting state from which position of an input:
 * state {@code s} is live at {@code p} if some path of the automaton from {@code s}, reading the input from
 * {@code p}, reaches {@code ACCEPT} (at any position). The path ignores the executor's bookkeeping (repeat
 * counters, the "found" flag) and lets {@code ^} pass everywhere, so liveness is an over-approximation of what
 * the depth-first search can reach.
 *
 * <p>That is what makes it safe for the {@link Executor} to skip a visit of a dead state: such a visit reaches
 * no accepting state, so all it would do is change captures and counters and then undo every change, and its
 * result cannot depend on it. Skipping dead visits is what keeps patterns like {@code (a*)*b} from taking time
 * exponential in the input where no match exists: the search then stops at the first dead state instead of
 * trying every way of dividing the input among the repetitions.
 *
 * <p>Computed backwards from the end of the input, one position at a time: the states whose consuming step
 * leads to a live state at {@code p + 1}, and the accepting state, are live at {@code p}, and so is every
 * state with an empty-width path to a live one. Time and space are proportional to the number of states times
 * the input's length, so {@link #compute} declines inputs where that exceeds a budget.
 */
final class LiveStates {
    /** The most (state, position) pairs worth a bit each: 2^27 bits are 16 MiB. */
    private static final long BUDGET = 1L << 27;

    private final int size;
    private final long[] bits;

    private LiveStates(int size, long[] bits) {
        this.size = size;
        this.bits = bits;
    }

    /** Whether {@code state} can lead to acceptance from {@code pos}. */
    boolean live(int state, int pos) {
        long index = (long) pos * size + state;
        return (bits[(int) (index >>> 6)] & (1L << index)) != 0;
    }

    /** The live states of {@code nfa} over {@code input}, or null if that would take more than the budget. */
    static LiveStates compute(Nfa nfa, String input) {
        int size = nfa.size;
        int end = input.length();
        long pairs = (long) size * (end + 1);
        if (pairs > BUDGET) {
            return null;
        }
        // The empty-width edges, reversed (compressed rows: predecessors of t are from[start[t]..start[t+1])).
        int[] start = new int[size + 1];
        for (int s = 0; s < size; s++) {
            forEachEmptySuccessor(nfa, s, t -> start[t + 1]++);
        }
        for (int t = 0; t < size; t++) {
            start[t + 1] += start[t];
        }
        int[] from = new int[start[size]];
        int[] fill = start.clone();
        for (int s = 0; s < size; s++) {
            int source = s;
            forEachEmptySuccessor(nfa, s, t -> from[fill[t]++] = source);
        }
        long[] bits = new long[(int) ((pairs + 63) >>> 6)];
        LiveStates live = new LiveStates(size, bits);
        int[] work = new int[size];
        for (int pos = end; pos >= 0; pos--) {
            int queued = 0;
            for (int s = 0; s < size; s++) {
                boolean seed = switch (nfa.op[s]) {
                    case Nfa.ACCEPT -> true;
                    case Nfa.MATCH -> pos < end && nfa.next[s] != Nfa.NONE
                            && ByteSets.contains(nfa.sets.get(nfa.arg[s]), input.charAt(pos))
                            && live.live(nfa.next[s], pos + 1);
                    default -> false;
                };
                if (seed) {
                    live.set(s, pos);
                    work[queued++] = s;
                }
            }
            while (queued > 0) {
                int t = work[--queued];
                for (int i = start[t]; i < start[t + 1]; i++) {
                    int s = from[i];
                    if (!live.live(s, pos) && (nfa.op[s] != Nfa.LINE_END || pos == end)) {
                        live.set(s, pos);
                        work[queued++] = s;
                    }
                }
            }
        }
        return live;
    }

    private void set(int state, int pos) {
        long index = (long) pos * size + state;
        bits[(int) (index >>> 6)] |= 1L << index;
    }

    /** The states {@code s} moves to without consuming input (a consuming step is not among them). */
    private static void forEachEmptySuccessor(Nfa nfa, int s, java.util.function.IntConsumer action) {
        switch (nfa.op[s]) {
            case Nfa.MATCH, Nfa.ACCEPT -> { }
            case Nfa.REPEAT, Nfa.ALTERNATIVE -> {
                if (nfa.next[s] != Nfa.NONE) {
                    action.accept(nfa.next[s]);
                }
                if (nfa.alt[s] != Nfa.NONE) {
                    action.accept(nfa.alt[s]);
                }
            }
            default -> {
                if (nfa.next[s] != Nfa.NONE) {
                    action.accept(nfa.next[s]);
                }
            }
        }
    }
}
