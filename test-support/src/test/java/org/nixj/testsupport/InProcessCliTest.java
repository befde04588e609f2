package org.nixj.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InProcessCliTest {
    @Test
    void capturesExitCodeOutputAndInput() {
        PrintStream before = System.out;
        InProcessCli.Result r = InProcessCli.run((in, out, err, args) -> {
            out.println(String.join(",", args) + " é");
            err.print("in: " + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            System.err.print(", System.err");
            return 3;
        }, "stdin", StandardCharsets.UTF_8, "a", "b");
        assertEquals(new InProcessCli.Result(3, "a,b é\n", "in: stdin, System.err"), r);
        assertSame(before, System.out);
    }

    @Test
    void decodesWithTheGivenCharset() {
        InProcessCli.Result r = InProcessCli.run((in, out, err, args) -> {
            System.out.print("é");
            return 0;
        }, StandardCharsets.ISO_8859_1, List.of());
        assertEquals("\u00c3\u00a9", r.out());
    }

    @Test
    void runsOnALargeStack() {
        InProcessCli.Result r = InProcessCli.run((in, out, err, args) -> depth(0, 200_000), StandardCharsets.UTF_8, List.of());
        assertEquals(200_000, r.exitCode(), r.err());
    }

    private static int depth(int n, int limit) {
        return n == limit ? n : depth(n + 1, limit);
    }

    @Test
    void aCrashIsExitCodeMinusOne() {
        InProcessCli.Result r = InProcessCli.run((in, out, err, args) -> {
            throw new IllegalStateException("boom");
        }, StandardCharsets.UTF_8, List.of());
        assertEquals(-1, r.exitCode());
        assertTrue(r.err().contains("[nixj crashed: java.lang.IllegalStateException: boom]"), r.err());
    }
}
