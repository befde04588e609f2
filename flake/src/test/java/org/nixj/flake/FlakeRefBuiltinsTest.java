package org.nixj.flake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.eval.ByteStrings;
import org.nixj.eval.Evaluator;
import org.nixj.eval.IsolatedIO;
import org.nixj.eval.builtins.BuiltinDoc;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.print.PrintOptions;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.PrimOp;
import org.nixj.eval.value.Value;
import org.nixj.source.NixError;
import org.nixj.source.Source;

/** {@code builtins.parseFlakeRef} and {@code builtins.flakeRefToString} in an evaluator. */
class FlakeRefBuiltinsTest {
    @TempDir
    Path store;
    private Evaluator nix;

    @BeforeEach
    void evaluator() {
        nix = Evaluator.builder().io(IsolatedIO.storeIn(store)).builtins(new FlakeRefBuiltins()).build();
    }

    private String eval(String expression) {
        Value value = nix.evaluate(Source.ofExpression(expression, "/"));
        nix.forceDeep(value);
        return nix.printAmbiguous(value);
    }

    private EvalError error(String expression) {
        return assertThrows(EvalError.class, () -> nix.forceDeep(nix.evaluate(Source.ofExpression(expression, "/"))));
    }

    private static List<String> traces(EvalError e) {
        return e.traces().stream().map(NixError.Trace::message).toList();
    }

    @Test
    void parsesAGitHubReference() {
        assertEquals("{ owner = \"NixOS\"; ref = \"nixos-unstable\"; repo = \"nixpkgs\"; type = \"github\"; }",
                eval("builtins.parseFlakeRef \"github:NixOS/nixpkgs/nixos-unstable\""));
        // As `nix eval --expr` shows it.
        assertEquals("""
                {
                  owner = "NixOS";
                  ref = "nixos-unstable";
                  repo = "nixpkgs";
                  type = "github";
                }""", nix.print(nix.evaluate(Source.ofExpression("builtins.parseFlakeRef \"github:NixOS/nixpkgs/nixos-unstable\"", "/")),
                PrintOptions.NIX_EVAL));
    }

    @Test
    void givesStringsIntegersAndBooleans() {
        assertEquals("{ dir = \"sub dir\"; path = \"/srv/flake\"; revCount = 3; type = \"path\"; }",
                eval("builtins.parseFlakeRef \"/srv/flake?revCount=3&dir=sub%20dir\""));
        assertEquals("{ shallow = true; submodules = false; type = \"git\"; url = \"https://example.org/x\"; }",
                eval("builtins.parseFlakeRef \"git+https://example.org/x?shallow=1&submodules=0\""));
        assertEquals("\"/caf\u00c3\u00a9\"", eval("(builtins.parseFlakeRef \"path:/caf%C3%A9\").path"));
    }

    @Test
    void printsAReferenceGivenAsASet() {
        assertEquals("\"github:NixOS/nixpkgs/23.05?dir=lib\"", eval(
                "builtins.flakeRefToString { dir = \"lib\"; owner = \"NixOS\"; ref = \"23.05\"; repo = \"nixpkgs\"; type = \"github\"; }"));
        assertEquals("\"path:/x?lastModified=5&narHash=\"", eval(
                "builtins.flakeRefToString { type = \"path\"; path = \"/x\"; lastModified = 5; narHash = \"\"; }"));
        assertEquals("\"git+file:///srv/repo?shallow=1\"", eval(
                "builtins.flakeRefToString { type = \"git\"; url = \"/srv/repo\"; shallow = true; allRefs = false; }"));
    }

    @Test
    void theTwoAreInverses() {
        for (String ref : List.of("flake:nixpkgs/nixos-unstable", "github:NixOS/nixpkgs/nixos-unstable?dir=lib",
                "git+ssh://git@example.org/repo?ref=main", "path:/a%20b", "sourcehut:~a/b?host=git.example.org")) {
            assertEquals("\"" + ref + "\"", eval("builtins.flakeRefToString (builtins.parseFlakeRef \"" + ref + "\")"));
        }
        assertEquals("true", eval("let r = { type = \"indirect\"; id = \"nixpkgs\"; ref = \"main\"; }; in "
                + "builtins.parseFlakeRef (builtins.flakeRefToString r) == r"));
    }

    @Test
    void theArgumentOfParseFlakeRefIsAStringWithoutContext() {
        EvalError e = error("builtins.parseFlakeRef 1");
        assertEquals("expected a string but found an integer: 1", e.getMessage());
        assertTrue(traces(e).contains("while evaluating the argument passed to builtins.parseFlakeRef"), traces(e).toString());
        EvalError context = error("builtins.parseFlakeRef \"${builtins.toFile \"x\" \"\"}\"");
        assertTrue(context.getMessage().contains("is not allowed to refer to a store path"), context.getMessage());
        assertTrue(traces(context).contains("while evaluating the argument passed to builtins.parseFlakeRef"));
    }

    @Test
    void flakeReferenceErrorsAreEvaluationErrors() {
        EvalError e = error("builtins.parseFlakeRef \"nixpkgs#hello\"");
        assertEquals(ErrorKind.EVAL, e.kind());
        assertEquals("unexpected fragment 'hello' in flake reference 'nixpkgs#hello'", e.getMessage());
        assertEquals("flake reference './x' is not an absolute path", error("builtins.parseFlakeRef \"./x\"").getMessage());
        assertEquals("cannot show unsupported input '{\"type\":\"foo\"}'",
                error("builtins.flakeRefToString { type = \"foo\"; }").getMessage());
        assertEquals("invalid Git branch/tag name 'foo.lock'",
                error("builtins.flakeRefToString { type = \"git\"; url = \"https://example.org/x\"; ref = \"foo.lock\"; }").getMessage());
    }

    @Test
    void theArgumentOfFlakeRefToStringIsASetOfStringsIntegersAndBooleans() {
        EvalError notASet = error("builtins.flakeRefToString \"github:NixOS/nixpkgs\"");
        assertEquals("expected a set but found a string: \"github:NixOS/nixpkgs\"", notASet.getMessage());
        assertTrue(traces(notASet).contains("while evaluating the argument passed to builtins.flakeRefToString"));
        EvalError list = error("builtins.flakeRefToString { type = \"path\"; path = [ ]; }");
        assertEquals("flake reference attribute sets may only contain integers, Booleans, and strings, but attribute 'path' is a list",
                list.getMessage());
        EvalError negative = error("builtins.flakeRefToString { type = \"path\"; path = \"/x\"; revCount = -1; }");
        assertEquals("negative value given for flake ref attr revCount: -1", negative.getMessage());
        assertNotNull(negative.pos());
        assertNull(list.pos());
    }

    @Test
    void replacesThePlaceholdersAndDocumentsBoth() {
        for (String name : List.of("parseFlakeRef", "flakeRefToString")) {
            Value builtin = nix.force(((NixAttrs) nix.force(nix.evaluate(Source.ofExpression("builtins", "/")))).get(name));
            BuiltinDoc doc = nix.documentation(builtin).orElseThrow();
            assertEquals(((PrimOp) builtin).arity(), doc.parameters().size());
            assertFalse(doc.text().isBlank());
            assertFalse(doc.text().contains("not implement"), doc.text());
        }
        assertEquals("parseFlakeRef ref", nix.documentation("parseFlakeRef").orElseThrow().synopsis());
        assertEquals("flakeRefToString attrs", nix.documentation("flakeRefToString").orElseThrow().synopsis());
        assertEquals(Set.of("parseFlakeRef", "flakeRefToString"), new FlakeRefBuiltins().documentation().entries().keySet());
        assertTrue(nix.globalNames().contains("__parseFlakeRef"));
    }

    @Test
    void parsingReadsNothingFromTheDisk() {
        assertEquals("{ id = \"tmp\"; type = \"indirect\"; }", eval("builtins.parseFlakeRef \"tmp\""));
        assertEquals("{ path = \"/nonexistent/dir\"; type = \"path\"; }", eval("builtins.parseFlakeRef \"/nonexistent/dir\""));
        assertEquals(ByteStrings.fromText("\"path:/nonexistent/dir\""), eval("builtins.flakeRefToString { type = \"path\"; path = \"/nonexistent/dir\"; }"));
    }
}
