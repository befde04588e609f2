package org.nixj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.os.FileNames;
import org.nixj.testsupport.InProcessCli;
import org.nixj.testsupport.NixOracle;

/**
 * File names that are not UTF-8 keep their bytes in evaluation, whatever the JVM's locale (the tests run
 * in-process, under the surefire JVM's; {@link ProcessEdgesTest} runs nixj without one), and the in-process
 * edges that do not need a process of their own.
 */
class FileNameBytesTest {
    private static final byte[] BAD = {'b', 'a', 'd', (byte) 0xff, 'n', 'a', 'm', 'e'};

    @TempDir
    Path dir;

    private Path treeWithABadName() throws IOException {
        Path tree = Files.createDirectory(dir.resolve("bd"));
        Files.createFile(tree.resolve(FileNames.of(BAD)));
        return tree;
    }

    @Test
    void readDirGivesTheNameBytes() throws IOException {
        Path tree = treeWithABadName();
        InProcessCli.Result r = run("instantiate", "--store", dir.resolve("store").toString(), "--eval", "--strict",
                "-E", "builtins.attrNames (builtins.readDir " + tree + ")");
        assertEquals(new InProcessCli.Result(0, "[ \"bad\u00ffname\" ]\n", ""), r);
    }

    @Test
    void builtinsPathHashesTheNameBytesAsNixDoes() throws IOException {
        Path tree = treeWithABadName();
        String expression = "builtins.path { path = " + tree + "; }";
        InProcessCli.Result r = run("instantiate", "--store", dir.resolve("store").toString(), "--eval", "--strict", "-E", expression);
        // What Nix 2.8 prints for this tree (checked again below where nix-instantiate is installed).
        assertEquals(new InProcessCli.Result(0, "\"/nix/store/izd3i3s9ds6jl6pd105i7l4cfhgqjv2c-bd\"\n", ""), r);
        if (NixOracle.installed()) {
            NixOracle.Output nix = NixOracle.instantiate().eval().strict().expression(expression).run();
            assertEquals(nix.stdout(), r.out());
        }
    }

    @Test
    void inProcessArgumentsCarryBytesThatAreNotUtf8AsEscapes() {
        // Main.main makes the argument bytes a FF b into "a\uDCFFb" (org.nixj.os.ProcessText); a test passes that.
        InProcessCli.Result r = run("instantiate", "--eval", "--strict", "-E", "{ x }: x", "--argstr", "x", "a\uDCFFb");
        assertEquals(new InProcessCli.Result(0, "\"a\u00ffb\"\n", ""), r);
    }

    @Test
    void anOutputStreamThatSwallowsItsFailureStillFailsTheRun() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintStream(full, true),
                new PrintStream(err, true));
        assertEquals(1, Main.run(console, "instantiate", "--eval", "-E", "\"x\""));
        assertEquals("error: writing to file: standard output could not be written\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void coloursOnlyWhenBothStreamsAreTerminalsAndNothingSaysNo() {
        Map<String, String> term = Map.of("TERM", "xterm");
        assertEquals(true, Terminals.colours(term, true, true));
        assertEquals(false, Terminals.colours(term, false, true));
        assertEquals(false, Terminals.colours(term, true, false));
        assertEquals(false, Terminals.colours(Map.of(), true, true));
        assertEquals(false, Terminals.colours(Map.of("TERM", "dumb"), true, true));
        assertEquals(false, Terminals.colours(Map.of("TERM", "xterm", "NO_COLOR", ""), true, true));
        assertEquals(false, Terminals.colours(Map.of("TERM", "xterm", "NOCOLOR", "1"), true, true));
    }

    private static InProcessCli.Result run(String... args) {
        return InProcessCli.run(CliRun.NIXJ, "", StandardCharsets.ISO_8859_1, args);
    }
}
