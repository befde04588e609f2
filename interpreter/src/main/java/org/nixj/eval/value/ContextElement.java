package org.nixj.eval.value;

/**
 * One element of a string context, parsed from the encoding {@link StringContext} holds: a plain store path
 * ({@code /nix/store/x}), a derivation with its whole closure and all outputs ({@code =/nix/store/x.drv}),
 * or one output of a derivation ({@code !out!/nix/store/x.drv}).
 */
public sealed interface ContextElement {
    /** The element in {@link StringContext}'s encoding. */
    String encode();

    /** A store path, depended on as it is. */
    record Opaque(String path) implements ContextElement {
        @Override
        public String encode() {
            return path;
        }
    }

    /** A derivation, its closure and all its outputs. */
    record DrvDeep(String drvPath) implements ContextElement {
        @Override
        public String encode() {
            return "=" + drvPath;
        }
    }

    /** One output of a derivation. */
    record Built(String drvPath, String output) implements ContextElement {
        @Override
        public String encode() {
            return "!" + output + "!" + drvPath;
        }
    }

    static ContextElement parse(String encoded) {
        if (encoded.startsWith("=")) {
            return new DrvDeep(encoded.substring(1));
        }
        if (encoded.startsWith("!")) {
            int second = encoded.indexOf('!', 1);
            return new Built(encoded.substring(second + 1), encoded.substring(1, second));
        }
        return new Opaque(encoded);
    }
}
