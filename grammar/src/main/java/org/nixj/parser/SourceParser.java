package org.nixj.parser;

import java.util.ArrayList;
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
 */
public final class SourceParser {
    private SourceParser() {}

    /** Parses with {@code ~} meaning the {@code HOME} of this process. */
    public static Expr parse(Source source) {
        return parse(source, defaultHomeDirectory());
    }

    /** Parses, resolving {@code ~/...} paths against {@code homeDirectory}. */
    public static Expr parse(Source source, String homeDirectory) {
        return LargeStack.call("nixj-parser", () -> parseHere(source, homeDirectory),
                () -> new ParseError("expression is nested too deeply to parse", null));
    }

    /**
     * Parses on the calling thread. Most input is parsed with ANTLR's fast SLL prediction; only when that
     * fails is it parsed again with full LL prediction, which decides whether the error is real.
     */
    private static Expr parseHere(Source source, String homeDirectory) {
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
