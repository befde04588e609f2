package org.nixj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CLI is glue over the evaluator's public API: it names no class of the evaluator's internals (the
 * runtime, compiled code, builtins, printers, serialisers), only the API below.
 */
class ApiBoundaryTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern EVALUATOR_CLASS = Pattern.compile("org\\.nixj\\.eval(?:\\.[a-z]+)*\\.[A-Z]\\w*");
    private static final List<Pattern> API = List.of(
            Pattern.compile("org\\.nixj\\.eval\\.(Evaluator|EvalSettings|EvalIO|IsolatedIO|ByteStrings)"),
            Pattern.compile("org\\.nixj\\.eval\\.value\\.\\w+"),
            Pattern.compile("org\\.nixj\\.eval\\.error\\.\\w+"),
            Pattern.compile("org\\.nixj\\.eval\\.print\\.PrintOptions"),
            Pattern.compile("org\\.nixj\\.eval\\.builtins\\.(BuiltinGroup|BuiltinTable|BuiltinDocs?|Builtin|Args)"));

    @Test
    void theCliUsesOnlyTheEvaluatorsApi() throws IOException {
        TreeSet<String> used = new TreeSet<>();
        TreeSet<String> internal = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = EVALUATOR_CLASS.matcher(Files.readString(file));
                while (m.find()) {
                    String name = m.group();
                    used.add(name);
                    if (API.stream().noneMatch(p -> p.matcher(name).matches())) {
                        internal.add(SOURCES.relativize(file) + ": " + name);
                    }
                }
            }
        }
        assertTrue(used.contains("org.nixj.eval.Evaluator"), "the scan found the CLI's use of the API: " + used);
        assertEquals(new TreeSet<String>(), internal);
    }
}
