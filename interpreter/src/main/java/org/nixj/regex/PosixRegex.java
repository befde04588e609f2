package org.nixj.regex;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled POSIX extended regular expression with libstdc++'s semantics (see the package description).
 * Immutable and safe to share between threads; compile once and cache, as Nix does.
 *
 * <p>Results are arrays of offsets: {@code [start0, end0, start1, end1, ...]} for the whole match and each
 * group, {@code -1} for a group that did not take part.
 */
public final class PosixRegex {
    private final String pattern;
    private final Nfa nfa;
    private final long[] firstBytes;

    private PosixRegex(String pattern, Nfa nfa) {
        this.pattern = pattern;
        this.nfa = nfa;
        this.firstBytes = nfa.firstBytes();
    }

    /**
     * Compiles {@code pattern}, a byte string.
     *
     * @throws RegexSyntaxException if libstdc++ would reject it
     */
    public static PosixRegex compile(String pattern) {
        return new PosixRegex(pattern, RegexCompiler.compile(pattern));
    }

    public String pattern() {
        return pattern;
    }

    /** The number of parenthesised groups. */
    public int groupCount() {
        return nfa.groupCount - 1;
    }

    /** {@code std::regex_match}: the offsets if the whole of {@code input} matches, else null. */
    public int[] matchWhole(String input) {
        return new Executor(nfa, firstBytes, input).run(0, Executor.EXACT);
    }

    /** {@code std::regex_search} from {@code from}: the offsets of the first match, or null. */
    public int[] search(String input, int from) {
        return new Executor(nfa, firstBytes, input).run(from, 0);
    }

    /**
     * Every match, as {@code std::cregex_iterator} finds them: after a match, the next search starts at its
     * end; after an empty match, a non-empty match at the same place is tried first, then a search from the
     * next byte. Each result's first pair spans the match.
     */
    public List<int[]> findAll(String input) {
        List<int[]> matches = new ArrayList<>();
        Executor executor = new Executor(nfa, firstBytes, input);
        int flags = 0;
        int[] m = executor.run(0, flags);
        while (m != null) {
            matches.add(m);
            int start = m[1];
            if (m[0] == m[1]) {
                if (start == input.length()) {
                    break;
                }
                int[] nonEmpty = executor.run(start, flags | Executor.NOT_NULL | Executor.CONTINUOUS);
                if (nonEmpty != null) {
                    m = nonEmpty;
                    continue;
                }
                start++;
            }
            flags |= Executor.PREV_AVAIL;
            m = executor.run(start, flags);
        }
        return matches;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
