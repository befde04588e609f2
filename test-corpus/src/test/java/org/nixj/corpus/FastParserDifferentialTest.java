package org.nixj.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nixj.parser.ParseError;
import org.nixj.parser.SourceParser;
import org.nixj.source.Pos;
import org.nixj.source.Source;
import org.nixj.syntax.Expr;
import org.nixj.syntax.ExprPrinter;

/**
 * The fast front end against the ANTLR one, its specification, on every {@code .nix} file of the test
 * corpus and of modules-lib: where ANTLR parses a file, the fast front end builds an equal AST (records'
 * equality, which includes every {@link Pos} and doc comment); where ANTLR reports an error, the fast front
 * end gives up, so that the error is ANTLR's.
 */
class FastParserDifferentialTest {
    private static final String HOME = "/home/nixj";

    @Test
    void bothFrontEndsAgreeOnEveryFile() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("../modules-lib"))) {
            try (Stream<Path> walk = Files.walk(root.toAbsolutePath().normalize())) {
                walk.filter(f -> f.toString().endsWith(".nix") && !f.toString().contains("/target/"))
                        .sorted().forEach(files::add);
            }
        }
        int valid = 0;
        int fastParsed = 0;
        int invalid = 0;
        List<String> failures = new ArrayList<>();
        List<String> bailed = new ArrayList<>();
        for (Path file : files) {
            Source source = Source.ofFile(file.toString(), Files.readAllBytes(file));
            Expr expected;
            try {
                expected = SourceParser.parseWithAntlr(source, HOME);
            } catch (ParseError e) {
                invalid++;
                Optional<Expr> fast = SourceParser.parseWithFastPathOnly(source, HOME);
                if (fast.isPresent()) {
                    failures.add(file + ": ANTLR rejects it (" + e.getMessage() + ") but the fast front end parses it");
                }
                continue;
            }
            valid++;
            Optional<Expr> fast = SourceParser.parseWithFastPathOnly(source, HOME);
            if (fast.isEmpty()) {
                bailed.add(file.toString());
                continue;
            }
            fastParsed++;
            if (!expected.equals(fast.get())) {
                failures.add(file + ": the ASTs differ\nANTLR: " + ExprPrinter.print(expected)
                        + "\nfast:  " + ExprPrinter.print(fast.get()));
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " disagreements, the first ones:\n"
                    + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
        }
        System.out.println("fast-parser differential: " + valid + " valid files, " + fastParsed + " parsed by the fast front end, " + invalid + " invalid files");
        assertTrue(valid > 1000, "only " + valid + " valid files compared");
        assertTrue(invalid > 50, "only " + invalid + " invalid files checked");
        // Every valid file of the corpus should take the fast path; a bail on valid input is a gap to fill.
        assertEquals(valid, fastParsed, () -> "valid files the fast front end gave up on: " + bailed);
    }

    @Test
    void positionsTakePartInEquality() {
        Source source = Source.ofExpression("1", "/");
        assertTrue(!new Expr.Int(new Pos(source, 0), 1).equals(new Expr.Int(new Pos(source, 1), 1)));
    }
}
