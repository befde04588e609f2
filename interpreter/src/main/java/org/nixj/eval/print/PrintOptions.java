package org.nixj.eval.print;

/**
 * How {@link ValuePrinter} prints: whether it forces what it meets, how much it shows, and how.
 *
 * @param force force thunks (else unevaluated parts print as {@code «thunk»})
 * @param derivationPaths print derivations as {@code «derivation /nix/store/...drv»} (with {@code force})
 * @param errors what an error met while forcing does
 * @param maxDepth nesting depth beyond which sets and lists print as {@code { ... }} and {@code [ ... ]}
 * @param maxAttrs attributes printed in all, then {@code «N attributes elided»}
 * @param maxListItems list items printed in all, then {@code «N items elided»}
 * @param maxStringLength bytes of a string printed, then {@code «N bytes elided»}
 * @param prettyIndent spaces per level for multi-line output, 0 for one line
 * @param ansiColors colour the output with ANSI escapes, as Nix does on a terminal
 */
public record PrintOptions(boolean force, boolean derivationPaths, ErrorBehavior errors, int maxDepth, int maxAttrs,
                           int maxListItems, int maxStringLength, int prettyIndent, boolean ansiColors) {

    /** What to do with an error raised while forcing a value to print it. */
    public enum ErrorBehavior {
        /** Print it in place, as {@code «error: message»}. */
        PRINT,
        /** Throw it. */
        THROW,
        /** Throw it at the top level, print it in place below. */
        THROW_TOP_LEVEL
    }

    /** Values inside error messages: nothing forced, cut short (Nix's {@code errorPrintOptions}). */
    public static final PrintOptions ERROR = new PrintOptions(false, false, ErrorBehavior.THROW, 10, 10, 10, 1024, 0, false);

    /** {@code nix eval}: everything forced, derivations shown by path, multi-line. */
    public static final PrintOptions NIX_EVAL = new PrintOptions(true, true, ErrorBehavior.THROW_TOP_LEVEL,
            Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, 2, false);

    /**
     * {@code nix repl}: as {@link #NIX_EVAL}, but one level deep ({@code { a = 1; b = { ... }; }}); its
     * {@code :p} prints with {@code withMaxDepth(Integer.MAX_VALUE)}.
     */
    public static final PrintOptions REPL = NIX_EVAL.withMaxDepth(1);

    /** These options with nesting shown down to {@code depth}. */
    public PrintOptions withMaxDepth(int depth) {
        return new PrintOptions(force, derivationPaths, errors, depth, maxAttrs, maxListItems, maxStringLength,
                prettyIndent, ansiColors);
    }

    /** These options with ANSI colours on or off. */
    public PrintOptions withAnsiColors(boolean colors) {
        return new PrintOptions(force, derivationPaths, errors, maxDepth, maxAttrs, maxListItems, maxStringLength,
                prettyIndent, colors);
    }

    boolean prettyPrint() {
        return prettyIndent > 0;
    }
}
