package org.nixj.parser;

import org.nixj.source.NulBytes;
import org.nixj.source.Pos;

/**
 * The check current Nix's lexer makes on every string token: one that holds a NUL byte, raw in the source
 * or (for {@code "..."} strings) after unescaping, is refused where it starts, instead of being cut short at
 * the NUL as Nix 2.8 did.
 */
final class StringTokens {
    private StringTokens() {}

    /** {@code text}, a string token's content starting at {@code at}, when it holds no NUL byte. */
    static String refuseNul(String text, Pos at) {
        if (NulBytes.contains(text)) {
            throw new ParseError(NulBytes.message(text), at);
        }
        return text;
    }
}
