package org.nixj.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Corners of POSIX extended regular expressions as libstdc++ (and so Nix) treats them. Expected answers
 * were checked against Nix 2.8's {@code builtins.match} and {@code builtins.split}.
 */
class PosixRegexTest {

    /** The groups of a whole-string match as Nix prints them, or "null". */
    private static String match(String pattern, String input) {
        int[] m = PosixRegex.compile(pattern).matchWhole(input);
        if (m == null) {
            return "null";
        }
        List<String> groups = new ArrayList<>();
        for (int g = 1; g < m.length / 2; g++) {
            groups.add(m[2 * g] < 0 ? "null" : "\"" + input.substring(m[2 * g], m[2 * g + 1]) + "\"");
        }
        return "[" + String.join(" ", groups) + "]";
    }

    /** {@code builtins.split} as Nix prints it, without the outer brackets' spacing. */
    private static String split(String pattern, String input) {
        List<String> out = new ArrayList<>();
        int previousEnd = 0;
        for (int[] m : PosixRegex.compile(pattern).findAll(input)) {
            out.add("\"" + input.substring(previousEnd, m[0]) + "\"");
            List<String> groups = new ArrayList<>();
            for (int g = 1; g < m.length / 2; g++) {
                groups.add(m[2 * g] < 0 ? "null" : "\"" + input.substring(m[2 * g], m[2 * g + 1]) + "\"");
            }
            out.add("[" + String.join(" ", groups) + "]");
            previousEnd = m[1];
        }
        out.add("\"" + input.substring(previousEnd) + "\"");
        return String.join(" ", out);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", emptyValue = "", value = {
        // Whole-string matching takes the first path that matches, in priority order.
        "(a|ab)(c|bcd)(d*) ~ abcd ~ [\"a\" \"bcd\" \"\"]",
        "a(b)? ~ a ~ [null]",
        "(a*)* ~ '' ~ [\"\"]",
        "(a*)+ ~ b ~ null",
        "(a|b)* ~ abab ~ [\"b\"]",
        "((a)|b)* ~ ab ~ [\"b\" \"a\"]",
        "a** ~ aa ~ []",
        "a+? ~ aa ~ []",
        "a{2} ~ aa ~ []",
        "a{2,} ~ aaaa ~ []",
        "a{0} ~ '' ~ []",
        "(a{1,2}){2} ~ aaa ~ [\"a\"]",
        ". ~ '\n' ~ []",
        "a$ ~ 'a\n' ~ null",
        "[^a] ~ '\n' ~ []",
        "[]a] ~ ] ~ []",
        "[^]a] ~ ] ~ null",
        "[a-] ~ - ~ []",
        "[-a] ~ - ~ []",
        "[\\] ~ \\ ~ []",
        "[[:ALPHA:]]+ ~ aZ ~ []",
        "[[:w:]]+ ~ a_1 ~ []",
        "[[.hyphen.]] ~ - ~ []",
        "[[=a=]] ~ A ~ []",
        "[[:digit:][:upper:]]* ~ 1A2 ~ []",
        "\\( ~ ( ~ []",
        "\\. ~ x ~ null",
        "a|b ~ '' ~ null",
        "a| ~ '' ~ []",
        "() ~ '' ~ [\"\"]",
        "a^b ~ ab ~ null",
        "^a$ ~ a ~ []",
        "} ~ } ~ []",
        "] ~ ] ~ []",
        "[a|b] ~ | ~ []",
    })
    void matchWhole(String pattern, String input, String expected) {
        assertEquals(expected, match(pattern, unescape(input)));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", emptyValue = "", value = {
        // Searching keeps the longest match among alternatives ...
        "(a|ab) ~ abc ~ \"\" [\"ab\"] \"c\"",
        "a|ab ~ xabc ~ \"x\" [] \"c\"",
        "(a|ab)(c|bcd)(d*) ~ abcd ~ \"\" [\"a\" \"bcd\" \"\"] \"\"",
        // ... but repetitions stop at the first match found (greedy, no backtracking to a longer one).
        "a?(ab)? ~ ab ~ \"\" [null] \"\" [null] \"b\" [null] \"\"",
        "(a*)* ~ b ~ \"\" [\"\"] \"b\" [\"\"] \"\"",
        "'' ~ abc ~ \"\" [] \"a\" [] \"b\" [] \"c\" [] \"\"",
        "a* ~ baaac ~ \"\" [] \"b\" [] \"\" [] \"c\" [] \"\"",
        "(a)|(c) ~ abc ~ \"\" [\"a\" null] \"b\" [null \"c\"] \"\"",
        "^a ~ aaa ~ \"\" [] \"aa\"",
        "a$ ~ aaa ~ \"aa\" [] \"\"",
        "x ~ abc ~ \"abc\"",
    })
    void split(String pattern, String input, String expected) {
        assertEquals(expected, split(pattern, input));
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "(", ")", "a)", "(a", "[", "[a", "[]", "[^]", "*", "a|*", "^*", "$+", "+a", "?", "{", "a{", "a{1", "a{,2}",
        "a{2,1}", "a{1,2,3}", "a{x}", "a{ 1}", "\\", "a\\", "\\d", "\\w", "\\s", "\\n", "\\}", "\\]", "\\1", "\\b",
        "[a-z-9]", "[z-a]", "[[:alpha:]-z]", "[[:nope:]]", "[[:alpha]", "[[.a]", "[[.hyphen]]", "[[.-.]]",
        "[[=nope=]]", "[a--]", "(?:a)", "(?=a)", "a{1}{", "[a-é]",
    })
    void invalid(String pattern) {
        RegexSyntaxException e = assertThrows(RegexSyntaxException.class, () -> PosixRegex.compile(pattern));
        assertFalse(e.tooBig(), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a**", "a+?", "a??", "a*+", "()", "(|)", "|", "a||b", "[]]", "[^]]", "[]-a]", "[!--]", "[--/]", "[\\]",
        "[[]", "[a-a]", "a{0,0}", "a{1}{2}", "[\u0080-\u00ff]", "}", "]", "a{2147483648}",
    })
    void valid(String pattern) {
        PosixRegex.compile(pattern);
    }

    @Test
    void automatonSizeIsLimitedAsInLibstdcxx() {
        assertTrue(assertThrows(RegexSyntaxException.class, () -> PosixRegex.compile("(a{1000}){1000}")).tooBig());
        assertTrue(assertThrows(RegexSyntaxException.class, () -> PosixRegex.compile("a{100000}")).tooBig());
        PosixRegex.compile("a{30000}");
    }

    @Test
    void bytesAboveAsciiAreOrdinaryAndSignedInRanges() {
        // [\xa9-\xc3] is a valid range: both bytes are negative as C chars.
        assertEquals("[]", match("[\u00a9-\u00c3]", "\u00b0"));
        assertEquals("null", match("[\u00a9-\u00c3]", "a"));
        assertEquals("null", match("[[:alpha:]]", "\u00e9"));
        assertEquals("[]", match("..", "\u00c3\u00a9"));
    }

    @Test
    void longSubjectsDoNotOverflowTheStack() {
        String s = "ab".repeat(500_000);
        assertEquals("[\"b\"]", match("(a|b)*", s));
        assertEquals(3, PosixRegex.compile("b").findAll("abababa").size());
        assertEquals(1, PosixRegex.compile(".*").findAll(s).size() - 1);
    }

    /**
     * Nested repetitions with no match take libstdc++ (and Nix) time exponential in the input; nixj's search
     * skips states that cannot lead to acceptance and answers at once, with the same results.
     */
    @Test
    @Timeout(20)
    void nestedRepetitionsWithoutAMatchEndQuickly() {
        String a30 = "a".repeat(30);
        assertEquals("null", match("(a*)*b", a30));
        assertEquals("null", match("(a|a)*b", a30));
        assertEquals("null", match("((a|aa)*)*c", "a".repeat(5000)));
        assertEquals(0, PosixRegex.compile("(a*)*b").findAll(a30).size());
        assertEquals(1, PosixRegex.compile("(a*)*b").findAll(a30 + "b").size());
    }
}
