package org.nixj.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tab completion: what is offered for the input before the cursor, and that it never breaks or forces. */
class CompletionTest {
    @TempDir
    Path dir;

    private ReplHarness repl;
    private Completion completion;

    @BeforeEach
    void start() {
        repl = new ReplHarness(dir);
        completion = new Completion(repl.session);
    }

    private List<String> complete(String before) {
        return completion.complete(before).stream().map(Completion.Candidate::value).toList();
    }

    @Test
    void variablesInScopeBuiltinsAndKeywords() {
        repl.type("myVariable = 1", "myOther = 2");
        assertEquals(List.of("myOther", "myVariable"), complete("my"));
        assertTrue(complete("ma").contains("map"));
        assertTrue(complete("buil").contains("builtins"));
        assertTrue(complete("inh").contains("inherit"));
    }

    @Test
    void attributePathsAtAnyDepth() {
        repl.type("x = { a = { deep = { name = 1; nested = 2; }; other = 3; }; }");
        assertEquals(List.of("x.a"), complete("x."));
        assertEquals(List.of("x.a.deep"), complete("x.a.d"));
        assertEquals(List.of("x.a.deep.name", "x.a.deep.nested"), complete("x.a.deep.n"));
        assertTrue(complete("builtins.mapA").contains("builtins.mapAttrs"));
    }

    @Test
    void theWordIsTheLastOneOfTheLine() {
        repl.type("x = { abc = 1; }");
        assertEquals(List.of("x.abc"), complete("map (y: x.a"));
        assertEquals("map (y: ".length(), Completion.wordStart("map (y: x.a"));
        assertEquals(List.of("x.abc"), complete("[ 1 x."));
    }

    @Test
    void namesThatNeedQuotesAreQuoted() {
        repl.type("s = { \"foo bar\" = 1; \"x86_64-linux\" = 2; \"1st\" = 3; plain = 4; }");
        assertEquals(List.of("s.\"1st\"", "s.\"foo bar\"", "s.plain", "s.x86_64-linux"), complete("s."));
        assertEquals(List.of("s.\"foo bar\""), complete("s.\"fo"));
        // Once the user quotes, candidates stay quoted.
        assertEquals(List.of("s.\"x86_64-linux\""), complete("s.\"x8"));
    }

    @Test
    void completingForcesNoValueAndFailuresOfferNothing() {
        repl.type("t = { a = throw \"forced a\"; b = { c = 1; }; }", "broken = throw \"no\"");
        assertEquals(List.of("t.a", "t.b"), complete("t."));
        assertEquals(List.of(), complete("t.a."));
        assertEquals(List.of(), complete("broken."));
        assertEquals(List.of(), complete("undefinedVariable."));
        assertEquals(List.of(), complete("1."));
        repl.type("t.b.c");
        assertEquals("\n\n1\n\n", repl.out());
        assertEquals("", repl.err());
    }

    @Test
    void commands() {
        assertEquals(List.of(":l", ":load", ":lf", ":load-flake", ":ll", ":last-loaded"), complete(":l"));
        assertEquals(List.of(":doc"), complete(":do"));
    }

    @Test
    void filesAfterLoadAndWhereverAWordHasASlash() throws IOException {
        Files.writeString(dir.resolve("alpha.nix"), "{ }");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/inner.nix"), "{ }");
        Files.writeString(dir.resolve(".hidden.nix"), "{ }");
        assertEquals(List.of("alpha.nix", "sub/"), complete(":l "));
        assertEquals(List.of("sub/inner.nix"), complete(":l sub/"));
        assertEquals(List.of("./alpha.nix"), complete("import ./al"));
    }

    @Test
    void flakeReferencesAfterLoadFlake() throws IOException {
        Files.createDirectories(dir.resolve("myflake"));
        Files.writeString(dir.resolve("file.nix"), "{ }");
        assertEquals(List.of("myflake/"), complete(":lf my"));
        assertEquals(List.of("git+file:", "git+https://", "github:", "gitlab:"), complete(":lf gi"));
        assertEquals(List.of("myflake/"), complete(":lf "));
    }

    @Test
    void optionNamesAfterOption() {
        repl.type("options = { networking = { hostName = { _type = \"option\"; }; hostId = { _type = \"option\"; }; };"
                + " services.openssh.enable = { _type = \"option\"; }; }");
        assertEquals(List.of("networking.hostId", "networking.hostName"), complete(":o networking.ho"));
        assertEquals(List.of("services.openssh"), complete(":o services.op"));
        assertEquals(List.of(), complete(":o networking.hostName.x"));
    }

    @Test
    void candidatesShowTheirLastName() throws IOException {
        repl.type("x = { a.deep = 1; \"foo.bar\" = 2; }");
        assertEquals(List.of("a", "\"foo.bar\""), completion.complete("x.").stream().map(Completion.Candidate::display).toList());
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/inner.nix"), "{ }");
        assertEquals(List.of("inner.nix"), completion.complete(":l sub/").stream().map(Completion.Candidate::display).toList());
        assertEquals(List.of("sub/"), completion.complete(":l s").stream().map(Completion.Candidate::display).toList());
    }
}
