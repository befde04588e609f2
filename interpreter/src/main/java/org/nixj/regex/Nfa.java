package org.nixj.regex;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * The automaton of a pattern, built state by state as libstdc++'s {@code _NFA} is: the same kinds of
 * state, the same construction of quantifiers (bounded repeats are copies of the operand), the same
 * clean-up of placeholder states and the same limit on the number of states, so that a pattern is too big
 * exactly when it is for Nix.
 *
 * <p>Each state has an opcode, a successor ({@code next}), for alternatives and repeats a second
 * successor ({@code alt}, tried first), and an argument: the group of a group boundary, or the index of
 * the byte set of a {@code MATCH} state.
 */
final class Nfa {
    static final int REPEAT = 0;
    static final int SUBEXPR_BEGIN = 1;
    static final int SUBEXPR_END = 2;
    static final int LINE_BEGIN = 3;
    static final int LINE_END = 4;
    static final int MATCH = 5;
    static final int ACCEPT = 6;
    static final int ALTERNATIVE = 7;
    static final int DUMMY = 8;

    static final int NONE = -1;
    /** libstdc++'s {@code _GLIBCXX_REGEX_STATE_LIMIT}. */
    static final int STATE_LIMIT = 100_000;

    int[] op = new int[16];
    int[] next = new int[16];
    int[] alt = new int[16];
    int[] arg = new int[16];
    int size;
    final List<long[]> sets = new ArrayList<>();
    int groupCount;
    private final ArrayDeque<Integer> openGroups = new ArrayDeque<>();

    /** A fragment under construction: its first state and its last, whose {@code next} is still open. */
    static final class Seq {
        final int start;
        int end;

        Seq(int start, int end) {
            this.start = start;
            this.end = end;
        }

        Seq(int state) {
            this(state, state);
        }
    }

    int insert(int opcode, int nextState, int altState, int argument) {
        if (size == op.length) {
            int capacity = size * 2;
            op = Arrays.copyOf(op, capacity);
            next = Arrays.copyOf(next, capacity);
            alt = Arrays.copyOf(alt, capacity);
            arg = Arrays.copyOf(arg, capacity);
        }
        op[size] = opcode;
        next[size] = nextState;
        alt[size] = altState;
        arg[size] = argument;
        size++;
        if (size > STATE_LIMIT) {
            throw new RegexSyntaxException("number of NFA states exceeds limit", true);
        }
        return size - 1;
    }

    int insertDummy() {
        return insert(DUMMY, NONE, NONE, 0);
    }

    int insertMatcher(long[] set) {
        sets.add(set);
        return insert(MATCH, NONE, NONE, sets.size() - 1);
    }

    int insertGroupBegin() {
        int group = groupCount++;
        openGroups.push(group);
        return insert(SUBEXPR_BEGIN, NONE, NONE, group);
    }

    int insertGroupEnd() {
        return insert(SUBEXPR_END, NONE, NONE, openGroups.pop());
    }

    int insertAlternative(int nextState, int altState) {
        return insert(ALTERNATIVE, nextState, altState, 0);
    }

    int insertRepeat(int nextState, int altState) {
        return insert(REPEAT, nextState, altState, 0);
    }

    boolean hasAlt(int state) {
        return op[state] == ALTERNATIVE || op[state] == REPEAT;
    }

    void append(Seq seq, int state) {
        next[seq.end] = state;
        seq.end = state;
    }

    void append(Seq seq, Seq tail) {
        next[seq.end] = tail.start;
        seq.end = tail.end;
    }

    /**
     * Copies the states of {@code seq}, walking them in libstdc++'s order (a stack, {@code alt} pushed
     * before {@code next}, nothing followed past the end), which may copy a state twice; the state count,
     * and so the limit, depends on it.
     */
    Seq copy(Seq seq) {
        TreeMap<Integer, Integer> copies = new TreeMap<>();
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        stack.push(seq.start);
        while (!stack.isEmpty()) {
            int u = stack.pop();
            int copy = insert(op[u], next[u], alt[u], arg[u]);
            copies.put(u, copy);
            if (hasAlt(u) && alt[u] != NONE && !copies.containsKey(alt[u])) {
                stack.push(alt[u]);
            }
            if (u == seq.end) {
                continue;
            }
            if (next[u] != NONE && !copies.containsKey(next[u])) {
                stack.push(next[u]);
            }
        }
        for (int v : copies.values()) {
            if (next[v] != NONE) {
                next[v] = copies.getOrDefault(next[v], next[v]);
            }
            if (hasAlt(v) && alt[v] != NONE) {
                alt[v] = copies.getOrDefault(alt[v], alt[v]);
            }
        }
        return new Seq(copies.get(seq.start), copies.get(seq.end));
    }

    /** Makes every state skip the placeholder states it points at. */
    void eliminateDummies() {
        for (int s = 0; s < size; s++) {
            while (next[s] >= 0 && op[next[s]] == DUMMY) {
                next[s] = next[next[s]];
            }
            if (hasAlt(s)) {
                while (alt[s] >= 0 && op[alt[s]] == DUMMY) {
                    alt[s] = next[alt[s]];
                }
            }
        }
    }

    /**
     * The bytes a match can start with, or null if the pattern can match the empty string. Start positions
     * whose byte is not among them cannot match, so a search may skip them without changing its result.
     */
    long[] firstBytes() {
        long[] first = ByteSets.empty();
        boolean[] seen = new boolean[size];
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        todo.push(0);
        while (!todo.isEmpty()) {
            int s = todo.pop();
            if (s < 0 || seen[s]) {
                continue;
            }
            seen[s] = true;
            switch (op[s]) {
                case ACCEPT -> {
                    return null;
                }
                case MATCH -> {
                    long[] set = sets.get(arg[s]);
                    for (int i = 0; i < 4; i++) {
                        first[i] |= set[i];
                    }
                }
                case REPEAT, ALTERNATIVE -> {
                    todo.push(next[s]);
                    todo.push(alt[s]);
                }
                default -> todo.push(next[s]);
            }
        }
        return first;
    }
}
