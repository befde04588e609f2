package org.nixj.store;

import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import org.nixj.store.hash.HashFormat;

/**
 * The ATerm form of a derivation, as Nix writes {@code .drv} files:
 * {@code Derive([outputs],[input derivations],[input sources],"system","builder",[args],[env])}.
 * Strings are quoted with {@code "}, {@code \}, newline, carriage return and tab escaped.
 */
public final class ATerm {
    private ATerm() {}

    /** The {@code .drv} text of {@code drv}. */
    public static String write(StoreDirectory store, Derivation drv) {
        return write(store, drv, false, null);
    }

    /**
     * The ATerm text as {@code hashDerivationModulo} hashes it: with {@code maskOutputs}, output paths and
     * the environment variables naming them are empty; when {@code inputs} is given, it replaces the input
     * derivations (keyed by their hashes modulo rather than their paths).
     */
    public static String write(StoreDirectory store, Derivation drv, boolean maskOutputs,
                               SortedMap<String, SortedSet<String>> inputs) {
        StringBuilder s = new StringBuilder(256);
        s.append("Derive([");
        boolean first = true;
        for (Map.Entry<String, DerivationOutput> output : drv.outputs().entrySet()) {
            first = comma(s, first);
            s.append('(');
            string(s, output.getKey());
            s.append(',');
            switch (output.getValue()) {
                case DerivationOutput.InputAddressed ia -> {
                    string(s, maskOutputs ? "" : store.print(ia.path()));
                    s.append(",\"\",\"\"");
                }
                case DerivationOutput.Fixed f -> {
                    string(s, maskOutputs ? "" : store.print(drv.outputPath(store, output.getKey())));
                    s.append(',');
                    string(s, f.ca().methodAndAlgorithm());
                    s.append(',');
                    string(s, f.ca().hash().format(HashFormat.BASE16, false));
                }
                case DerivationOutput.Deferred d -> s.append("\"\",\"\",\"\"");
            }
            s.append(')');
        }
        s.append("],[");
        first = true;
        if (inputs != null) {
            for (Map.Entry<String, SortedSet<String>> input : inputs.entrySet()) {
                first = comma(s, first);
                inputDrv(s, input.getKey(), input.getValue());
            }
        } else {
            for (Map.Entry<StorePath, SortedSet<String>> input : drv.inputDrvs().entrySet()) {
                first = comma(s, first);
                inputDrv(s, store.print(input.getKey()), input.getValue());
            }
        }
        s.append("],");
        list(s, drv.inputSrcs().stream().map(store::print).toList());
        s.append(',');
        string(s, drv.platform());
        s.append(',');
        string(s, drv.builder());
        s.append(',');
        list(s, drv.args());
        s.append(",[");
        first = true;
        for (Map.Entry<String, String> variable : drv.env().entrySet()) {
            first = comma(s, first);
            s.append('(');
            string(s, variable.getKey());
            s.append(',');
            string(s, maskOutputs && drv.outputs().containsKey(variable.getKey()) ? "" : variable.getValue());
            s.append(')');
        }
        s.append("])");
        return s.toString();
    }

    private static void inputDrv(StringBuilder s, String key, Collection<String> outputs) {
        s.append('(');
        string(s, key);
        s.append(',');
        list(s, outputs);
        s.append(')');
    }

    private static boolean comma(StringBuilder s, boolean first) {
        if (!first) {
            s.append(',');
        }
        return false;
    }

    private static void list(StringBuilder s, Collection<String> items) {
        s.append('[');
        boolean first = true;
        for (String item : items) {
            first = comma(s, first);
            string(s, item);
        }
        s.append(']');
    }

    /** Appends {@code value} quoted; the runs between escaped characters are copied whole. */
    private static void string(StringBuilder s, String value) {
        s.append('"');
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            String escape = switch (value.charAt(i)) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> null;
            };
            if (escape != null) {
                s.append(value, run, i).append(escape);
                run = i + 1;
            }
        }
        s.append(value, run, value.length()).append('"');
    }
}
