package org.nixj.parser;

import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.nixj.source.Source;
import org.nixj.stack.LargeStack;
import org.nixj.syntax.Expr;

/**
 * Parses Nix code into an {@link Expr}.
 *
 * <pre>{@code
 * Expr e = SourceParser.parse(Source.ofExpression("let x = 1; in x + 1", "/tmp"));
 * }</pre>
 *
 * The parse runs on a thread with a large stack, so that deeply nested code (say, 100,000 parentheses)
 * parses instead of overflowing the caller's stack. Errors come out as {@link ParseError}, worded as Nix
 * words them.
 *
 * <p>There are two front ends (see docs/design/parser.md, "Two front ends"): a fast hand-written one for
 * valid input, tried first, and the ANTLR one, which is the specification and reports every error.
 */
public final class SourceParser {
    private static final LongAdder FAST_PATH_PARSES = new LongAdder();
    private static final LongAdder FAST_PATH_BAILS = new LongAdder();

    private SourceParser() {}

    /**
     * Parses with {@code ~} meaning the {@code HOME} of this process, accepting everything the grammar has
     * (the pipe operators included) and linting nothing; see {@link #parse(Source, String, ParseOptions, Consumer)}.
     */
    public static Expr parse(Source source) {
        return parse(source, defaultHomeDirectory());
    }

    /** Parses, resolving {@code ~/...} paths against {@code homeDirectory}. */
    public static Expr parse(Source source, String homeDirectory) {
        return LargeStack.call(() -> parseHere(source, homeDirectory),
                () -> new ParseError("expression is nested too deeply to parse", null));
    }

    /**
     * Parses as current Nix does with {@code options}: the pipe operators only with the {@code pipe-operators}
     * feature, and the literal lints, whose warnings go to {@code warnings} (errors are thrown). A syntax
     * error after a refused pipe operator is reported as the pipe operator, as Nix's lexer meets it first.
     */
    public static Expr parse(Source source, String homeDirectory, ParseOptions options, Consumer<ParseError> warnings) {
        boolean checks = options.needsChecks(source.text());
        Expr expr;
        try {
            expr = parse(source, homeDirectory);
        } catch (ParseError e) {
            ParseError pipe = checks && e.pos() != null ? LanguageChecks.pipeBefore(source, options, e.pos().offset()) : null;
            throw pipe != null ? pipe : e;
        }
        if (checks) {
            LanguageChecks.check(source, options, warnings);
        }
        return expr;
    }

    /**
     * Parses with the ANTLR front end only, the specification of the fast one (for tests and comparisons).
     */
    public static Expr parseWithAntlr(Source source, String homeDirectory) {
        return LargeStack.call(() -> parseWithAntlrHere(source, homeDirectory),
                () -> new ParseError("expression is nested too deeply to parse", null));
    }

    /**
     * Parses with the fast front end only (for tests and comparisons): its AST, or empty where it gives up
     * (on invalid input, and on anything it leaves to ANTLR).
     */
    public static Optional<Expr> parseWithFastPathOnly(Source source, String homeDirectory) {
        return LargeStack.call(() -> Optional.ofNullable(parseFast(source, homeDirectory)),
                () -> new ParseError("expression is nested too deeply to parse", null));
    }

    /** How many parses in this process the fast front end completed. */
    public static long fastPathParses() {
        return FAST_PATH_PARSES.sum();
    }

    /** How many parses in this process the fast front end handed to ANTLR. */
    public static long fastPathBails() {
        return FAST_PATH_BAILS.sum();
    }

    /** Parses on the calling thread: with the fast front end, and with ANTLR when it gives up. */
    private static Expr parseHere(Source source, String homeDirectory) {
        Expr fast;
        try {
            fast = parseFast(source, homeDirectory);
        } catch (RuntimeException e) {
            // A fault of the fast front end must not cost the user the parse: ANTLR, the specification,
            // decides. (The differential tests call the fast front end alone, where such faults surface.)
            fast = null;
        }
        if (fast != null) {
            FAST_PATH_PARSES.increment();
            return fast;
        }
        FAST_PATH_BAILS.increment();
        return parseWithAntlrHere(source, homeDirectory);
    }

    /**
     * The fast front end's AST, or null where it gives up. A {@link ParseError} from a grammar action also
     * makes it give up: ANTLR then reports the error as the specification says, at the point it says.
     */
    private static Expr parseFast(Source source, String homeDirectory) {
        try {
            return FastParser.parse(source, homeDirectory);
        } catch (FastParser.Bail | ParseError e) {
            return null;
        }
    }

    /**
     * Parses with ANTLR on the calling thread. Most input is parsed with ANTLR's fast SLL prediction; only
     * when that fails is it parsed again with full LL prediction, which decides whether the error is real.
     */
    private static Expr parseWithAntlrHere(Source source, String homeDirectory) {
        try {
            return attempt(source, homeDirectory, PredictionMode.SLL);
        } catch (ParseError e) {
            return attempt(source, homeDirectory, PredictionMode.LL);
        }
    }

    private static Expr attempt(Source source, String homeDirectory, PredictionMode mode) {
        FailureFlag failure = new FailureFlag();
        NixTokenSource lexer = new NixTokenSource(CharStreams.fromString(source.text(), source.displayName()), source, failure);
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new PresizedTokenStream(lexer, source.text().length());
        PositionTrackingParser parser = new PositionTrackingParser(tokens, failure);
        parser.removeErrorListeners();
        parser.setErrorHandler(new SyntaxErrorStrategy(source));
        parser.getInterpreter().setPredictionMode(mode);
        parser.addParseListener(new AstBuilder(source, tokens, homeDirectory, failure));
        return AstBuilder.result(parser.file());
    }

    /**
     * A token stream whose buffer starts near its final size (about one token per four bytes of Nix), so
     * that large files are not copied over and over as the buffer grows.
     */
    private static final class PresizedTokenStream extends CommonTokenStream {
        PresizedTokenStream(NixTokenSource lexer, int sourceBytes) {
            super(lexer);
            tokens = new ArrayList<>(Math.max(100, sourceBytes / 4));
        }
    }

    /** What {@code ~} means by default: {@code $HOME}, as in Nix, else the JVM's idea of the home directory. */
    public static String defaultHomeDirectory() {
        String home = System.getenv("HOME");
        return home != null ? home : System.getProperty("user.home");
    }
}
