package org.nixj.eval.serial;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.serial.JsonLexer.Token;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixFloat;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixNull;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.Value;
import org.nixj.source.NulBytes;

/**
 * Nix's {@code fromJSON}: JSON text to a Nix value, parsed as nlohmann::json's SAX parser parses it (which
 * current Nix uses), with its error messages: {@code [json.exception.parse_error.101] parse error at line 1,
 * column 2: syntax error while parsing value - invalid literal; last read: 'x'}. Integers become Nix
 * integers (an unsigned one past 2^63-1 is an error, one past 2^64-1 or below -2^63 becomes a float),
 * numbers with a fraction or exponent become floats (an infinite one is an error), and when an object repeats
 * a key the last value wins. Strings may not contain NUL, which Nix strings cannot hold.
 */
public final class JsonParser {

    private final JsonLexer lexer;
    private Token last = Token.UNINITIALIZED;

    /** A JSON text that is not valid, in nlohmann's words; Nix reports it "while decoding a JSON string". */
    public static final class SyntaxError extends RuntimeException {
        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private JsonParser(String input) {
        this.lexer = new JsonLexer(input);
    }

    /**
     * Parses {@code bytes} (a byte string holding UTF-8). Throws {@link SyntaxError} for malformed JSON and
     * {@link EvalError} for JSON Nix cannot represent.
     */
    public static Value parse(String bytes) {
        JsonParser parser = new JsonParser(bytes);
        parser.next();
        Value v = parser.parseValues();
        if (parser.next() != Token.END_OF_INPUT) {
            throw parser.syntaxError(Token.END_OF_INPUT, "value");
        }
        return v;
    }

    private Token next() {
        return last = lexer.scan();
    }

    /** An array or object being read: its elements so far, and for an object the key of the pending value. */
    private static final class Container {
        final boolean array;
        final List<Value> values = new ArrayList<>();
        final List<String> keys;

        Container(boolean array) {
            this.array = array;
            this.keys = array ? null : new ArrayList<>();
        }

        Value build() {
            if (array) {
                return NixList.of(values.toArray(new Lazy[0]));
            }
            // The builder keeps the first of equal names: feed it from the end so the last occurrence wins.
            NixAttrs.Builder b = NixAttrs.builder(values.size());
            for (int i = values.size() - 1; i >= 0; i--) {
                b.put(keys.get(i).intern(), values.get(i));
            }
            return b.build();
        }
    }

    /** The state machine of nlohmann's {@code sax_parse_internal}, without recursion. */
    private Value parseValues() {
        Deque<Container> stack = new ArrayDeque<>();
        Value done = null;
        boolean skipToState = false;
        while (true) {
            if (!skipToState) {
                Value scalar = null;
                switch (last) {
                    case BEGIN_OBJECT -> {
                        if (next() == Token.END_OBJECT) {
                            scalar = NixAttrs.EMPTY;
                            break;
                        }
                        Container object = new Container(false);
                        object.keys.add(key());
                        stack.push(object);
                        next();
                        continue;
                    }
                    case BEGIN_ARRAY -> {
                        if (next() == Token.END_ARRAY) {
                            scalar = NixList.EMPTY;
                            break;
                        }
                        stack.push(new Container(true));
                        continue;
                    }
                    case FLOAT -> {
                        double d = lexer.number();
                        if (Double.isInfinite(d) || Double.isNaN(d)) {
                            throw new SyntaxError("[json.exception.out_of_range.406] number overflow parsing '"
                                    + lexer.tokenString() + "'");
                        }
                        scalar = new NixFloat(d);
                    }
                    case FALSE -> scalar = NixBool.FALSE;
                    case TRUE -> scalar = NixBool.TRUE;
                    case NULL -> scalar = NixNull.NULL;
                    case INTEGER -> scalar = NixInt.of(lexer.integer());
                    case UNSIGNED -> {
                        long u = lexer.integer();
                        if (u < 0) {
                            throw new EvalError(ErrorKind.EVAL, "unsigned json number " + Long.toUnsignedString(u)
                                    + " outside of Nix integer range");
                        }
                        scalar = NixInt.of(u);
                    }
                    case STRING -> scalar = NixString.of(noNul(lexer.string()));
                    case PARSE_ERROR -> throw syntaxError(Token.UNINITIALIZED, "value");
                    case END_OF_INPUT -> {
                        if (lexer.nothingReadButEnd()) {
                            throw new SyntaxError("[json.exception.parse_error.101] parse error at " + lexer.position()
                                    + ": attempting to parse an empty input; check that your input string or stream "
                                    + "contains the expected JSON");
                        }
                        throw syntaxError(Token.LITERAL_OR_VALUE, "value");
                    }
                    default -> throw syntaxError(Token.LITERAL_OR_VALUE, "value");
                }
                done = scalar;
            } else {
                skipToState = false;
            }
            if (stack.isEmpty()) {
                return done;
            }
            Container top = stack.peek();
            top.values.add(done);
            if (top.array) {
                if (next() == Token.VALUE_SEPARATOR) {
                    next();
                    continue;
                }
                if (last != Token.END_ARRAY) {
                    throw syntaxError(Token.END_ARRAY, "array");
                }
            } else {
                if (next() == Token.VALUE_SEPARATOR) {
                    next();
                    top.keys.add(key());
                    next();
                    continue;
                }
                if (last != Token.END_OBJECT) {
                    throw syntaxError(Token.END_OBJECT, "object");
                }
            }
            stack.pop();
            done = top.build();
            skipToState = true;
        }
    }

    /** At a token that must be an object key: the key, after which the name separator must follow. */
    private String key() {
        if (last != Token.STRING) {
            throw syntaxError(Token.STRING, "object key");
        }
        String key = noNul(lexer.string());
        if (next() != Token.NAME_SEPARATOR) {
            throw syntaxError(Token.NAME_SEPARATOR, "object separator");
        }
        return key;
    }

    private static String noNul(String s) {
        if (NulBytes.contains(s)) {
            throw new EvalError(ErrorKind.EVAL, NulBytes.message(s));
        }
        return s;
    }

    private SyntaxError syntaxError(Token expected, String context) {
        StringBuilder m = new StringBuilder("[json.exception.parse_error.101] parse error at ")
                .append(lexer.position()).append(": syntax error while parsing ").append(context).append(" - ");
        if (last == Token.PARSE_ERROR) {
            m.append(lexer.errorMessage()).append("; last read: '").append(lexer.tokenString()).append('\'');
        } else {
            m.append("unexpected ").append(last.text);
        }
        if (expected != Token.UNINITIALIZED) {
            m.append("; expected ").append(expected.text);
        }
        return new SyntaxError(m.toString());
    }
}
