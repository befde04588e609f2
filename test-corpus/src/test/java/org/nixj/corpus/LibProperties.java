package org.nixj.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of modules-lib's {@code lib} on random inputs, evaluated by nixj: string splitting and joining,
 * escaping that reads back (Nix strings, regular expressions, toPretty's Nix), number conversions, edit
 * distance, list operations. The lib corpus checks chosen cases; these check the functions' contracts.
 */
class LibProperties {
    /** Characters that exercise escaping: quotes, backslashes, dollars, braces, newlines, regex specials. */
    private static final String TRICKY = "ab. \\\"$'{}\n\t*+?[]()|^-/";

    @Property(tries = 60)
    void splitStringAndConcatStringsSepAreInverse(@ForAll("tricky") String s, @ForAll("separators") String sep) {
        assertHolds("concatStringsSep " + NixLiteral.string(sep) + " (splitString " + NixLiteral.string(sep) + " " + NixLiteral.string(s) + ") == "
                + NixLiteral.string(s));
    }

    @Property(tries = 60)
    void escapeRegexMatchesItsStringLiterally(@ForAll("tricky") String s) {
        assertHolds("builtins.match (escapeRegex " + NixLiteral.string(s) + ") " + NixLiteral.string(s) + " != null");
    }

    @Property(tries = 40)
    void escapeNixStringReadsBack(@ForAll("tricky") String s) {
        assertHolds("(" + evalString("escapeNixString " + NixLiteral.string(s)) + ") == " + NixLiteral.string(s));
    }

    @Property(tries = 40)
    void toPrettyReadsBack(@ForAll("values") String value) {
        String pretty = evalString("generators.toPretty { } (" + value + ")");
        assertEquals(eval(value), eval(pretty), "toPretty gave:\n" + pretty);
    }

    @Property(tries = 40)
    void numberConversionsRoundTrip(@ForAll @IntRange(min = -100000, max = 100000) int n) {
        int natural = Math.abs(n);
        assertHolds("toInt (toString " + parenthesised(n) + ") == " + parenthesised(n)
                + " && fromHexString (toHexString " + natural + ") == " + natural
                + " && toIntBase10 (fixedWidthNumber 8 " + natural + ") == " + natural);
    }

    @Property(tries = 40)
    void levenshteinIsADistance(@ForAll("words") String a, @ForAll("words") String b) {
        String la = NixLiteral.string(a);
        String lb = NixLiteral.string(b);
        assertHolds("let d = levenshtein " + la + " " + lb + "; in d == levenshtein " + lb + " " + la
                + " && (d == 0) == (" + la + " == " + lb + ")"
                + " && d <= max (stringLength " + la + ") (stringLength " + lb + ")"
                + " && levenshteinAtMost 1 " + la + " " + lb + " == (d <= 1)"
                + " && levenshteinAtMost 3 " + la + " " + lb + " == (d <= 3)");
    }

    @Property(tries = 40)
    void listOperationsKeepTheirLaws(@ForAll("intLists") String list, @ForAll @IntRange(min = 0, max = 8) int n) {
        assertHolds("let l = " + list + "; in reverseList (reverseList l) == l"
                + " && take " + n + " l ++ drop " + n + " l == l"
                + " && sortOn (x: x) l == sort lessThan l"
                + " && unique (unique l) == unique l && allUnique (unique l)"
                + " && subtractLists l l == [ ] && intersectLists l l == l"
                + " && foldr (x: acc: [ x ] ++ acc) [ ] l == l && foldl (acc: x: acc ++ [ x ]) [ ] l == l");
    }

    @Provide
    Arbitrary<String> tricky() {
        return Arbitraries.strings().withChars(TRICKY).ofMaxLength(12);
    }

    /** Short words over a small alphabet, so that random pairs are often close. */
    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abc").ofMaxLength(7);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.strings().withChars(".-*\\$ ,").ofMinLength(1).ofMaxLength(2);
    }

    @Provide
    Arbitrary<String> intLists() {
        return Arbitraries.integers().between(-5, 5).list().ofMaxSize(8)
                .map(xs -> xs.stream().map(LibProperties::parenthesised).collect(Collectors.joining(" ", "[ ", " ]")));
    }

    /**
     * Nix values without functions: integers, strings (multi-line ones too), booleans, null, lists, sets. The
     * integers are not negative: toPretty prints -1 bare, as nixpkgs does, and `[ -1 ]` does not parse. The
     * strings have no blanks and no single quotes: a line of only blanks in an indented string reads back
     * as an empty line, and a last line ending in ' runs into the closing ''.
     */
    @Provide
    Arbitrary<String> values() {
        return value(3);
    }

    private Arbitrary<String> value(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 50).map(n -> Integer.toString(n)),
                Arbitraries.strings().withChars(TRICKY.replaceAll("[ \t']", "")).ofMaxLength(10)
                        .map(NixLiteral::string),
                Arbitraries.of("true", "false", "null"));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> sub = Arbitraries.lazy(() -> value(depth - 1));
        Arbitrary<String> names = Arbitraries.strings().withChars("ab-'\". 1").ofMinLength(1).ofMaxLength(4);
        return Arbitraries.oneOf(leaf,
                sub.list().ofMaxSize(3).map(xs -> "[ " + String.join(" ", xs) + " ]"),
                Arbitraries.maps(names, sub).ofMaxSize(3).map(m -> {
                    List<String> bindings = new ArrayList<>();
                    m.forEach((k, v) -> bindings.add(NixLiteral.string(k) + " = " + v + ";"));
                    return "{ " + String.join(" ", bindings) + " }";
                }));
    }

    private static void assertHolds(String law) {
        assertEquals("true\n", eval(law), law);
    }

    /** What nixj prints for {@code with lib; EXPR}, fully evaluated (or the error report). */
    private static String eval(String expr) {
        NixjEvalRun run = NixjEvalRun.instantiate(List.of("--eval", "--strict", "-I",
                "nixpkgs=" + LibCorpusTest.modulesLib(), "-E", "with import <nixpkgs/lib>; " + expr));
        return run.exitCode() == 0 ? run.out() : "exit " + run.exitCode() + ": " + run.err();
    }

    /** The text of the string a lib expression returns (read from nixj's JSON output). */
    private static String evalString(String expr) {
        NixjEvalRun run = NixjEvalRun.instantiate(List.of("--eval", "--strict", "--json", "-I",
                "nixpkgs=" + LibCorpusTest.modulesLib(), "-E", "with import <nixpkgs/lib>; " + expr));
        assertEquals(0, run.exitCode(), expr + "\n" + run.err());
        return jsonString(run.out().strip());
    }

    /** The text of a JSON string literal (as nixj writes them: only the escapes JSON requires, \\uXXXX below 32). */
    private static String jsonString(String json) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < json.length() - 1; i++) {
            char c = json.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = json.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    private static String parenthesised(int n) {
        return n < 0 ? "(" + n + ")" : Integer.toString(n);
    }
}
