package org.nixj.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines fed to a session, and what it prints: each command, the printing rules, multi-line input, errors. */
class ReplSessionTest {
    @TempDir
    Path dir;

    private ReplHarness repl;

    @BeforeEach
    void start() {
        repl = new ReplHarness(dir);
    }

    @Test
    void valuesPrintOneLevelDeepAndEachInputEndsWithAnEmptyLine() {
        repl.type("1 + 2");
        assertEquals("3\n\n", repl.out());
        repl.type("{ a = 1; b = { c = 2; }; l = [ 1 ]; }");
        assertEquals("{\n  a = 1;\n  b = { ... };\n  l = [ ... ];\n}\n\n", repl.out());
        repl.type("[ \"x\" null true 1.5 ]");
        assertEquals("[\n  \"x\"\n  null\n  true\n  1.5\n]\n\n", repl.out());
        assertEquals("", repl.err());
    }

    @Test
    void functionsShowWhereTheyAreDefined() {
        repl.type("{ f = x: x; }");
        assertEquals("{ f = «lambda f @ «string»:1:7»; }\n\n", repl.out());
        repl.type("builtins.map");
        assertEquals("«primop map»\n\n", repl.out());
    }

    @Test
    void printShowsEverythingAndStringsRaw() {
        repl.type(":p { a = { b = [ 1 ]; }; }");
        assertEquals("{\n  a = {\n    b = [ 1 ];\n  };\n}\n\n", repl.out());
        repl.type(":p \"a\\nb\"");
        assertEquals("a\nb\n\n", repl.out());
    }

    @Test
    void aSetSeenTwiceIsRepeated() {
        repl.type(":p let a = { x = 1; }; in { b = a; c = a; }");
        assertEquals("{\n  b = { x = 1; };\n  c = «repeated»;\n}\n\n", repl.out());
    }

    @Test
    void derivationsPrintAsTheirDrvPath() {
        repl.type("derivation { name = \"hello\"; builder = \"/bin/sh\"; system = \"x86_64-linux\"; }");
        String out = repl.out();
        assertTrue(out.matches("«derivation /nix/store/[a-z0-9]{32}-hello\\.drv»\n\n"), out);
    }

    @Test
    void assignmentsAreLazyAndLaterOnesSeeEarlierOnes() {
        repl.type("x = throw \"not yet\"");
        assertEquals("\n", repl.out());
        assertEquals("", repl.err());
        repl.type("y = 20", "z = y + 1", "z * 2");
        assertEquals("\n\n42\n\n", repl.out());
        repl.type("x");
        assertTrue(repl.err().contains("error: not yet"));
    }

    @Test
    void variablesShadowBuiltins() {
        repl.type("true = 5", "true");
        assertEquals("\n5\n\n", repl.out());
    }

    @Test
    void anEqualityIsNoAssignment() {
        repl.type("1 == 1");
        assertEquals("true\n\n", repl.out());
    }

    @Test
    void errorsShowTheirPositionAndTheSessionGoesOn() {
        repl.type("foo + 1");
        assertEquals("error: undefined variable 'foo'\n       at «string»:1:1:\n            1| foo + 1\n             | ^\n", repl.err());
        assertEquals("\n", repl.out());
        repl.type("{ a = 1; }.b");
        assertTrue(repl.err().startsWith("error: attribute 'b' missing"));
        repl.type("2");
        assertEquals("\n2\n\n", repl.out());
    }

    @Test
    void inputContinuesWhileAnExpressionIsOpen() {
        assertEquals(ReplSession.Outcome.INCOMPLETE, repl.type("let"));
        assertEquals(ReplSession.Outcome.INCOMPLETE, repl.type("  x = [ 1"));
        assertEquals(ReplSession.Outcome.INCOMPLETE, repl.type("  2 ];"));
        assertEquals(ReplSession.Outcome.DONE, repl.type("in builtins.length x"));
        assertEquals("2\n\n", repl.out());
        assertEquals(ReplSession.Outcome.INCOMPLETE, repl.type("\"a"));
        repl.type("b\"");
        assertEquals("\"a\\nb\"\n\n", repl.out());
        assertEquals(ReplSession.Outcome.INCOMPLETE, repl.type("s = ''"));
        repl.type("  text", "''", "s");
        assertEquals("\n\"text\\n\"\n\n", repl.out());
    }

    @Test
    void aSyntaxErrorBeforeTheEndIsReportedAtOnce() {
        assertEquals(ReplSession.Outcome.DONE, repl.type("1 + + ]"));
        assertTrue(repl.err().startsWith("error: syntax error"));
    }

    @Test
    void typeDescribesTheValue() {
        repl.type(":t 1", ":t { }", ":t builtins.map", ":t x: x");
        assertEquals("an integer\n\na set\n\nthe built-in function 'map'\n\na function\n\n", repl.out());
    }

    @Test
    void addPutsTheAttributesOfASetInScope() {
        repl.type(":a { a = 1; \"b c\" = 2; }");
        assertEquals("Added 2 variables.\na, \"b c\"\n", repl.err());
        repl.type("a + 1");
        assertEquals("\n2\n\n", repl.out());
        repl.type(":a 1");
        assertTrue(repl.err().startsWith("error: expected a set but found an integer: 1"));
    }

    @Test
    void manyAddedNamesAreCutShortAndListedByLastLoaded() {
        repl.type(":a builtins.listToAttrs (builtins.genList (i: { name = \"v${toString i}\"; value = i; }) 25)");
        String err = repl.err();
        assertTrue(err.startsWith("Added 25 variables.\nv0, v1, v10,"), err);
        assertTrue(err.endsWith("... and 5 more; view with :ll\n"), err);
        repl.out();
        repl.type(":ll");
        assertEquals(26, repl.out().split("\n", -1).length - 1);
    }

    @Test
    void loadAddsAFilesAttributesAndReloadReadsItAgain() throws IOException {
        Path file = dir.resolve("vars.nix");
        Files.writeString(file, "{ a = 1; b = import ./b.nix; }");
        Files.writeString(dir.resolve("b.nix"), "10");
        repl.type(":l vars.nix", "a + b");
        assertEquals("Added 2 variables.\na, b\n", repl.err());
        assertEquals("\n11\n\n", repl.out());
        Files.writeString(dir.resolve("b.nix"), "20");
        repl.type("y = 1", ":r", "a + b");
        assertEquals("Loading 'vars.nix'...\nAdded 2 variables.\na, b\n", repl.err());
        assertEquals("\n\n21\n\n", repl.out());
        // :r starts a fresh scope: y is gone.
        repl.type("y");
        assertTrue(repl.err().contains("undefined variable 'y'"));
    }

    @Test
    void loadCallsAFunctionWithItsDefaults() throws IOException {
        Files.writeString(dir.resolve("f.nix"), "{ x ? 3 }: { y = x * 2; }");
        repl.type(":l f.nix", "y");
        assertTrue(repl.out().endsWith("6\n\n"));
    }

    @Test
    void loadFlakeBringsOutputsAndInputsIntoScope() throws IOException {
        Path flake = Files.createDirectories(dir.resolve("flake"));
        Files.writeString(flake.resolve("flake.nix"), "{ outputs = { self }: { answer = 42; lib.f = x: x; }; }");
        repl.type(":lf ./flake");
        String err = repl.err();
        assertTrue(err.contains("answer") && err.contains("inputs") && err.contains("outputs"), err);
        repl.type("answer", "outputs.answer");
        assertEquals("\n42\n\n42\n\n", repl.out());
        repl.type(":lf");
        assertTrue(repl.err().contains("cannot use ':load-flake' without a path specified"));
    }

    @Test
    void docShowsBuiltinsDocumentation() {
        repl.type(":doc builtins.map");
        String out = repl.out();
        assertTrue(out.startsWith("Synopsis: builtins.map *f* *list*\n\n"), out);
        assertTrue(out.contains("list"), out);
    }

    @Test
    void docShowsTheDocCommentOfANixFunction() throws IOException {
        Files.writeString(dir.resolve("lib.nix"), """
                {
                  /**
                    Doubles a number.

                    # Example
                        double 2 # => 4
                  */
                  double = x: x * 2;
                  plain = 1;
                  /** The answer. */
                  answer = 42;
                }
                """);
        repl.type("lib = import ./lib.nix", ":doc lib.double");
        assertEquals("\nFunction `double`\n  … defined at " + dir.resolve("lib.nix") + ":8:12\n\n"
                + "Doubles a number.\n\n# Example\n    double 2 # => 4\n\n", repl.out());
        repl.type(":doc lib.answer");
        assertEquals("Attribute `answer`\n\n  … defined at " + dir.resolve("lib.nix") + ":11:3\n\nThe answer.\n\n", repl.out());
        repl.type(":doc lib.plain");
        assertTrue(repl.out().contains("No documentation found."));
        repl.type(":doc 1");
        assertEquals("error: value does not have documentation\n", repl.err());
    }

    @Test
    void editOpensTheEditorAtTheDefinitionThenReloads() throws IOException {
        Path file = dir.resolve("defs.nix");
        Files.writeString(file, "{\n  f = x:\n    x;\n  n = 1;\n}\n");
        repl.type(":l defs.nix");
        repl.err();
        repl.type(":e f");
        assertEquals(List.of(List.of("vim", "+2", file.toString())), repl.edits);
        assertTrue(repl.err().contains("Loading 'defs.nix'..."));
        repl.type("defs = import ./defs.nix", ":e defs.n");
        assertEquals(List.of("vim", "+4", file.toString()), repl.edits.getLast());
        repl.type(":e 1");
        assertTrue(repl.err().contains("cannot tell where an integer is defined"));
    }

    @Test
    void buildBuildsWithNixjsBuildersAndNamesTheOutputs() {
        repl.type(":b derivation { name = \"x\"; builder = \"builtin:nixj-write-text\"; system = \"x86_64-linux\"; __structuredAttrs = true; text = \"hi\"; }");
        String out = repl.out();
        assertTrue(out.matches("(?s)\nThis derivation produced the following outputs:\n  out -> /nix/store/[0-9a-z]{32}-x\n\n"), out + repl.err());
        repl.type(":b derivation { name = \"x\"; builder = \"/bin/sh\"; system = \"x86_64-linux\"; }");
        String err = repl.err();
        assertTrue(err.contains("its builder '/bin/sh' is not one nixj can run"), err);
        repl.type(":b 1");
        assertEquals("error: expression does not evaluate to a derivation, so I can't build it\n", repl.err());
    }

    @Test
    void traceEnableToggles() {
        repl.type(":te", ":te", ":te true", ":te false");
        assertEquals("showing error traces\n\nnot showing error traces\n\nshowing error traces\n\nnot showing error traces\n\n", repl.out());
        repl.type(":te maybe");
        assertEquals("error: unexpected argument 'maybe' to :te\n", repl.err());
    }

    @Test
    void tracesShowWhenEnabled() {
        repl.type("let f = x: x.a; in builtins.map f [ 1 ]");
        String without = repl.err();
        repl.type(":te", "let f = x: x.a; in builtins.map f [ 1 ]");
        String with = repl.err();
        assertTrue(!without.contains("while calling 'f'") && with.contains("while calling 'f'"), with);
    }

    @Test
    void helpUnknownCommandsAndQuit() {
        repl.type(":?");
        assertTrue(repl.out().contains(":lf, :load-flake <ref>"));
        repl.type(":frobnicate");
        assertEquals("error: unknown command ':frobnicate'\n", repl.err());
        repl.type(":t");
        assertEquals("error: ':t' needs an expression (see :?)\n", repl.err());
        assertEquals(ReplSession.Outcome.QUIT, repl.type(":q"));
    }

    @Test
    void anInterruptStopsTheEvaluationAndTheSessionGoesOn() throws InterruptedException {
        AtomicBoolean done = new AtomicBoolean();
        // Ctrl-C, pressed again and again until the evaluation has ended (a busy machine cannot make it miss).
        Thread interrupter = new Thread(() -> {
            while (!done.get()) {
                repl.session.evaluator().interrupt();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        interrupter.start();
        try {
            repl.type("builtins.foldl' (a: b: a + builtins.length (builtins.filter (x: true) (builtins.genList (x: x) 1000))) 0"
                    + " (builtins.genList (x: x) 1000000)");
        } finally {
            done.set(true);
            interrupter.join();
        }
        assertEquals("error: interrupted by the user\n", repl.err());
        // A request left over from after the evaluation is dropped when the next input starts.
        repl.type("1");
        assertEquals("\n1\n\n", repl.out());
    }

    @Test
    void colorsOnlyWhenAsked() {
        ReplHarness colored = new ReplHarness(dir, true);
        colored.type("{ a = 1; s = \"x\"; }");
        assertEquals("{\n  a = \033[36;1m1\033[0m;\n  s = \033[35;1m\"x\"\033[0m;\n}\n\n", colored.out());
    }

    @Test
    void optionShowsAnOptionOfTheConfigurationInScope() {
        repl.type("options = { networking.hostName = { _type = \"option\"; type.description = \"string\";"
                + " default = \"nixos\"; description = \"The name of the machine.\"; declarations = [ \"/m/network.nix\" ];"
                + " value = \"rescue\"; highestPrio = 1000;"
                + " definitionsWithLocations = [ { file = \"/c/host.nix\"; value = \"rescue\"; } ]; }; }");
        repl.out();
        repl.type(":o networking.hostName");
        assertEquals("""
                Value:
                  "rescue"

                Type:
                  string

                Default:
                  "nixos"

                Description:
                  The name of the machine.

                Declared by:
                  /m/network.nix

                Defined by (priority 1000, mkDefault):
                  /c/host.nix:
                    "rescue"


                """, repl.out());
        repl.type(":o networking");
        assertEquals("'networking' is a group of options:\n  hostName\n\n", repl.out());
        repl.type(":o networking.nope");
        assertEquals("error: no option 'networking.nope' in the configuration in scope\n", repl.err());
    }

    @Test
    void optionShowsTheDefinitionsThatLostToo() {
        repl.type("options = { services.getty.autologinUser = { _type = \"option\"; value = \"root\";"
                + " _definitionsWithPriorities = [ { file = \"/m/getty.nix\"; priority = 1500; value = null; }"
                + " { file = \"/m/installer.nix\"; priority = 100; value = \"nixos\"; }"
                + " { file = \"/c/host.nix\"; priority = 50; value = \"root\"; } ]; }; }");
        repl.out();
        repl.type(":o services.getty.autologinUser");
        assertEquals("""
                Value:
                  "root"

                Defined by:
                  /c/host.nix (priority 50, mkForce):
                    "root"
                  /m/installer.nix (priority 100, a plain definition; overridden):
                    "nixos"
                  /m/getty.nix (priority 1500, the option's default; overridden):
                    null


                """, repl.out());
    }

    @Test
    void errorsLoseTheEscapesOfNixCodeOffATerminal() {
        // An ESC typed at the prompt would be a key to JLine: the string gets its escapes from JSON.
        repl.type("throw (builtins.fromJSON ''\"\\u001b[31mred\\u001b[0m and\\u001b]0;title\\u0007\"'')");
        String err = repl.err();
        assertTrue(err.stripTrailing().endsWith("error: red and"), err);
        assertTrue(err.indexOf('\u001b') < 0, err);
    }

    @Test
    void optionWithoutAConfigurationSaysHowToGetOne() {
        repl.type(":o networking.hostName");
        assertTrue(repl.err().startsWith("error: no NixOS configuration in scope"));
    }
}
