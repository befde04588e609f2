package org.nixj;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nixj.source.AnsiEscapes;

/** Escapes in messages, filtered as Nix filters its standard error (checked against Nix 2.8's output). */
class AnsiEscapesTest {
    private static final String MESSAGE = "error: a\u001b[1;35mhi\u001b[0m\tb\rc\u0007 \u001b]8;;http://x\u001b\\link\u001b[2K";

    @Test
    void offATerminalEveryEscapeGoes() {
        // Nix 2.8 on `throw "a\033[1;35mhi\033[0m\tb"` into a file: "error: ahi      b" (tab to column 16).
        assertEquals("error: ahi      bc link", AnsiEscapes.filter(MESSAGE, false));
    }

    @Test
    void onATerminalColoursStayAndOtherEscapesGo() {
        assertEquals("error: a\u001b[1;35mhi\u001b[0m      bc link", AnsiEscapes.filter(MESSAGE, true));
    }

    @Test
    void tabStopsCountCharactersNotBytesFromTheMessageStart() {
        // "é" is two bytes, one character; the second line's tab continues the count of the first.
        assertEquals("\u00c3\u00a9       x\nab    y", AnsiEscapes.filter("\u00c3\u00a9\tx\nab\ty", false));
    }

    @Test
    void plainMessagesAreLeftAlone() {
        String plain = "error: undefined variable 'x'\n       at \u00abstring\u00bb:1:1:\n";
        assertEquals(plain, AnsiEscapes.filter(plain, false));
    }
}
