package org.nixj.eval.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** toJSON, fromJSON, toXML and fromTOML: expressions and what current Nix gives for them. */
class SerialBuiltinsTest {
    private static final String PARSE_ERROR = "error: [json.exception.parse_error.101] parse error at ";

    static Stream<Arguments> cases() {
        return Stream.of(
            // toJSON
            Arguments.of("builtins.toJSON { b = [ 1 2.5 null true ]; a = \"x\"; }", "\"{\\\"a\\\":\\\"x\\\",\\\"b\\\":[1,2.5,null,true]}\""),
            Arguments.of("builtins.toJSON \"\\n\\r\\t\\\"\\\\/\\u0001\"", "\"\\\"\\\\n\\\\r\\\\t\\\\\\\"\\\\\\\\/u0001\\\"\""),
            Arguments.of("builtins.toJSON (builtins.fromJSON ''\"\\u0001\\u001f\\b\\f\"'')", "\"\\\"\\\\u0001\\\\u001f\\\\b\\\\f\\\"\""),
            Arguments.of("builtins.toJSON [ 1.0 0.1 1.0e22 1.0e-7 (1.0 / 3) ]", "\"[1.0,0.1,1e+22,1e-07,0.3333333333333333]\""),
            Arguments.of("builtins.toJSON { __toString = self: \"str\"; }", "\"\\\"str\\\"\""),
            Arguments.of("builtins.toJSON { outPath = \"/nix/store/x\"; type = \"derivation\"; }", "\"\\\"/nix/store/x\\\"\""),
            Arguments.of("builtins.toJSON { outPath = { a = 1; }; }", "\"{\\\"a\\\":1}\""),
            Arguments.of("builtins.toJSON { \"é\" = \"ü\"; }", "\"{\\\"é\\\":\\\"ü\\\"}\""),
            Arguments.of("builtins.toJSON (x: x)", "error: cannot convert a function to JSON"),
            Arguments.of("builtins.toJSON { a.b = builtins.map; }", "error: cannot convert the built-in function 'map' to JSON"),
            Arguments.of("builtins.toJSON (builtins.map (x: x))", "error: cannot convert the partially applied built-in function 'map' to JSON"),
            Arguments.of("builtins.toJSON (-9223372036854775807)", "\"-9223372036854775807\""),
            Arguments.of("builtins.toJSON []", "\"[]\""),
            Arguments.of("builtins.toJSON {}", "\"{}\""),
            // fromJSON
            Arguments.of("builtins.fromJSON ''{\"a\":1,\"a\":2, \"b\": [1,2,{}], \"c\": -0.0}''", "{ a = 2; b = [ 1 2 { } ]; c = -0; }"),
            Arguments.of("builtins.fromJSON \"[-0, -0.0, 1E2, 0.1e-2, 18446744073709551616, -9223372036854775809]\"",
                    "[ 0 -0 100 0.001 1.84467e+19 -9.22337e+18 ]"),
            Arguments.of("builtins.fromJSON \"9223372036854775807\"", "9223372036854775807"),
            Arguments.of("builtins.fromJSON \"-9223372036854775808\"", "-9223372036854775808"),
            Arguments.of("builtins.fromJSON \"9223372036854775808\"",
                    "error: unsigned json number 9223372036854775808 outside of Nix integer range"),
            Arguments.of("builtins.fromJSON ''\"\\ud83d\\ude00\\u00e9\\/\"''", "\"😀é/\""),
            Arguments.of("builtins.fromJSON ''\"a\\u0000b\"''",
                    "error: input string 'a␀b' cannot be represented as Nix string because it contains null bytes"),
            Arguments.of("builtins.fromJSON \" \\n true \\t\"", "true"),
            Arguments.of("builtins.fromJSON \"x\"", PARSE_ERROR + "line 1, column 1: syntax error while parsing value - invalid literal; last read: 'x'"),
            Arguments.of("builtins.fromJSON \"[1, x]\"", PARSE_ERROR + "line 1, column 5: syntax error while parsing value - invalid literal; last read: '1, x'"),
            Arguments.of("builtins.fromJSON \"[1,\\n  tru]\"", PARSE_ERROR + "line 2, column 6: syntax error while parsing value - invalid literal; last read: '1,<U+000A>  tru]'"),
            Arguments.of("builtins.fromJSON ''{\"a\":1,}''", PARSE_ERROR + "line 1, column 8: syntax error while parsing object key - unexpected '}'; expected string literal"),
            Arguments.of("builtins.fromJSON ''{\"a\" 1}''", PARSE_ERROR + "line 1, column 6: syntax error while parsing object separator - unexpected number literal; expected ':'"),
            Arguments.of("builtins.fromJSON \"[1 2]\"", PARSE_ERROR + "line 1, column 4: syntax error while parsing array - unexpected number literal; expected ']'"),
            Arguments.of("builtins.fromJSON \"[1] 2\"", PARSE_ERROR + "line 1, column 5: syntax error while parsing value - unexpected number literal; expected end of input"),
            Arguments.of("builtins.fromJSON \"\"", PARSE_ERROR + "line 1, column 1: attempting to parse an empty input; check that your input string or stream contains the expected JSON"),
            Arguments.of("builtins.fromJSON \" \"", PARSE_ERROR + "line 1, column 2: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal"),
            Arguments.of("builtins.fromJSON \"01\"", PARSE_ERROR + "line 1, column 2: syntax error while parsing value - unexpected number literal; expected end of input"),
            Arguments.of("builtins.fromJSON \"-\"", PARSE_ERROR + "line 1, column 2: syntax error while parsing value - invalid number; expected digit after '-'; last read: '-'"),
            Arguments.of("builtins.fromJSON \"1.\"", PARSE_ERROR + "line 1, column 3: syntax error while parsing value - invalid number; expected digit after '.'; last read: '1.'"),
            Arguments.of("builtins.fromJSON \"1e\"", PARSE_ERROR + "line 1, column 3: syntax error while parsing value - invalid number; expected '+', '-', or digit after exponent; last read: '1e'"),
            Arguments.of("builtins.fromJSON \"1e+\"", PARSE_ERROR + "line 1, column 4: syntax error while parsing value - invalid number; expected digit after exponent sign; last read: '1e+'"),
            Arguments.of("builtins.fromJSON ''\"\\u00''", PARSE_ERROR + "line 1, column 6: syntax error while parsing value - invalid string: '\\u' must be followed by 4 hex digits; last read: '\"\\u00'"),
            Arguments.of("builtins.fromJSON ''\"\\x\"''", PARSE_ERROR + "line 1, column 3: syntax error while parsing value - invalid string: forbidden character after backslash; last read: '\"\\x'"),
            Arguments.of("builtins.fromJSON ''\"\\udc00\"''", PARSE_ERROR + "line 1, column 7: syntax error while parsing value - invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF; last read: '\"\\udc00'"),
            Arguments.of("builtins.fromJSON \"\\\"a\\tb\\\"\"", PARSE_ERROR + "line 1, column 3: syntax error while parsing value - invalid string: control character U+0009 (HT) must be escaped to \\u0009 or \\t; last read: '\"a<U+0009>'"),
            Arguments.of("builtins.fromJSON \"\\\"abc\"", PARSE_ERROR + "line 1, column 5: syntax error while parsing value - invalid string: missing closing quote; last read: '\"abc'"),
            Arguments.of("builtins.fromJSON \"1e400\"", "error: [json.exception.out_of_range.406] number overflow parsing '1e400'"),
            // toXML
            Arguments.of("builtins.toXML { a = 1; }", "\"<?xml version='1.0' encoding='utf-8'?>\\n<expr>\\n  <attrs>\\n    <attr name=\\\"a\\\">\\n      <int value=\\\"1\\\" />\\n    </attr>\\n  </attrs>\\n</expr>\\n\""),
            Arguments.of("builtins.toXML [ 1.5 null true \"<&>\\\"'\\n\" ]", "\"<?xml version='1.0' encoding='utf-8'?>\\n<expr>\\n  <list>\\n    <float value=\\\"1.5\\\" />\\n    <null />\\n    <bool value=\\\"true\\\" />\\n    <string value=\\\"&lt;&amp;&gt;&quot;'&#xA;\\\" />\\n  </list>\\n</expr>\\n\""),
            Arguments.of("builtins.toXML (args@{ b, a ? 1, ... }: 1)", "\"<?xml version='1.0' encoding='utf-8'?>\\n<expr>\\n  <function>\\n    <attrspat ellipsis=\\\"1\\\" name=\\\"args\\\">\\n      <attr name=\\\"a\\\" />\\n      <attr name=\\\"b\\\" />\\n    </attrspat>\\n  </function>\\n</expr>\\n\""),
            Arguments.of("builtins.toXML ({ a }@ args: 1)", "\"<?xml version='1.0' encoding='utf-8'?>\\n<expr>\\n  <function>\\n    <attrspat name=\\\"args\\\">\\n      <attr name=\\\"a\\\" />\\n    </attrspat>\\n  </function>\\n</expr>\\n\""),
            Arguments.of("builtins.toXML (x: x)", "\"<?xml version='1.0' encoding='utf-8'?>\\n<expr>\\n  <function>\\n    <varpat name=\\\"x\\\" />\\n  </function>\\n</expr>\\n\""),
            Arguments.of("builtins.toXML builtins.map", "\"<?xml version='1.0' encoding='utf-8'?>\\n<expr>\\n  <unevaluated />\\n</expr>\\n\""),
            // fromTOML
            Arguments.of("builtins.fromTOML ''x = [ inf, -inf, nan, 0x1F, 0o17, 0b101, 1_000, 1e3, -0.0, +1.5, 'lit', \"\\u00e9\\n\" ]''",
                    "{ x = [ inf -inf nan 31 15 5 1000 1000 -0 1.5 \"lit\" \"é\\n\" ]; }"),
            Arguments.of("builtins.fromTOML \"[[t]]\\na=1\\n[[t]]\\nb.c=2\\n[t.d]\\ne=3\\n[x.y]\\nz = { p = 1, q.r = [] }\\n\"",
                    "{ t = [ { a = 1; } { b = { c = 2; }; d = { e = 3; }; } ]; x = { y = { z = { p = 1; q = { r = [ ]; }; }; }; }; }"),
            Arguments.of("builtins.fromTOML \"a = 9223372036854775807\\nb = -9223372036854775808\"", "{ a = 9223372036854775807; b = -9223372036854775808; }"),
            Arguments.of("builtins.fromTOML \"a = 9223372036854775808\"", "error: while parsing TOML: line 1, column 5: integer 9223372036854775808 does not fit in 64 bits"),
            Arguments.of("builtins.fromTOML \"a = 1979-05-27T07:32:00Z\"", "error: while parsing TOML: Dates and times are not supported"),
            Arguments.of("builtins.fromTOML \"a = 1979-05-27 07:32:00\"", "error: while parsing TOML: Dates and times are not supported"),
            Arguments.of("builtins.fromTOML \"a = 07:32:00\"", "error: while parsing TOML: Dates and times are not supported"),
            Arguments.of("builtins.fromTOML \"a = 1\\na = 2\"", "error: while parsing TOML: line 2, column 1: key 'a' is defined more than once"),
            Arguments.of("builtins.fromTOML \"[a]\\n[a]\"", "error: while parsing TOML: line 2, column 1: table 'a' is defined more than once"),
            Arguments.of("builtins.fromTOML \"a = {}\\n[a.b]\"", "error: while parsing TOML: line 2, column 1: 'a' is already defined and is not a table"),
            Arguments.of("builtins.fromTOML \"a.b = 1\\n[a]\"", "error: while parsing TOML: line 2, column 1: table 'a' is defined more than once"),
            Arguments.of("builtins.fromTOML \"[a.b.c]\\n[a]\\nb.d = 1\"", "error: while parsing TOML: line 3, column 1: cannot add to 'b' with a dotted key"),
            Arguments.of("builtins.fromTOML \"a = [1]\\n[[a]]\"", "error: while parsing TOML: line 2, column 1: 'a' is already defined and is not an array of tables"),
            Arguments.of("builtins.fromTOML \"a = b\"", "error: while parsing TOML: line 1, column 5: invalid value"),
            Arguments.of("builtins.fromTOML \"a = 01\"", "error: while parsing TOML: line 1, column 5: invalid value '01'"),
            Arguments.of("builtins.fromTOML \"s = '''\\nab'''''\\nt = \\\"\\\"\\\"x\\\\\\n   y\\\"\\\"\\\"\"", "{ s = \"ab''\"; t = \"xy\"; }"),
            Arguments.of("builtins.fromTOML \"\"", "{ }")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluatesAsNix(String expression, String expected) {
        assertEquals(org.nixj.source.ByteStrings.utf8(expected), Eval.strict(expression));
    }
}
