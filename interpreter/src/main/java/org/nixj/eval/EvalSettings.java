package org.nixj.eval;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How an evaluation behaves: pure or impure, the search path for {@code <name>}, limits, the system and the
 * store directory it computes paths for. What it reads of the machine comes from its {@link EvalIO}.
 * Immutable; make one with {@link #builder()}.
 *
 * @param pure pure evaluation: no environment variables, no clock, no {@code currentSystem}
 * @param maxCallDepth Nix's {@code max-call-depth}: deeper call chains fail with "stack overflow"
 * @param showTrace whether errors collect the frames {@code --show-trace} shows (a few are always kept)
 * @param searchPath entries of {@code -I} and {@code NIX_PATH}, in lookup order
 * @param currentSystem {@code builtins.currentSystem}, e.g. {@code x86_64-linux}
 * @param storeDir the logical store directory, {@code builtins.storeDir}: store paths are computed for it
 * @param bundledNixpkgs the folder holding nixj's bundled nixpkgs-compatible library (modules-lib), where
 *     {@code <nixpkgs>} and {@code <nixpkgs/...>} are found when the search path has no such file; asked for
 *     only then, so that whatever it costs (unpacking the tree) is paid only by evaluations that use it.
 *     Null for none. It is not an entry of {@code builtins.nixPath}.
 * @param abortOnWarn Nix's {@code abort-on-warn}: {@code builtins.warn} fails after printing its warning
 * @param restrictEval Nix's {@code restrict-eval}: files outside the store may be read only under the search
 *     path's entries, and only the URLs {@code allowedUris} allows may be fetched
 * @param allowedUris Nix's {@code allowed-uris}: prefixes (or whole schemes, such as {@code https:}) of the URLs
 *     restricted evaluation may fetch
 * @param parseOptions what the parser accepts and lints ({@code pipe-operators}, the {@code lint-*} settings)
 * @param experimentalFeatures the experimental features turned on, for those whose absence changes what an
 *     evaluation does, such as {@code parse-toml-timestamps}
 */
public record EvalSettings(boolean pure, int maxCallDepth, boolean showTrace, List<SearchPathEntry> searchPath,
                           String currentSystem, String storeDir, Supplier<java.nio.file.Path> bundledNixpkgs,
                           boolean abortOnWarn, boolean restrictEval, List<String> allowedUris,
                           org.nixj.parser.ParseOptions parseOptions, Set<String> experimentalFeatures) {

    /** The version of Nix whose behaviour nixj follows, as {@code builtins.nixVersion} reports it. */
    public static final String NIX_VERSION = "2.31.0";

    public EvalSettings {
        searchPath = List.copyOf(searchPath);
        allowedUris = List.copyOf(allowedUris);
        Objects.requireNonNull(storeDir);
        Objects.requireNonNull(parseOptions);
        experimentalFeatures = Set.copyOf(experimentalFeatures);
    }

    /** Whether the experimental feature {@code name} (such as {@code parse-toml-timestamps}) is on. */
    public boolean hasFeature(String name) {
        return experimentalFeatures.contains(name);
    }

    /** One search path entry: {@code prefix=path}, or just {@code path} (empty prefix); both byte strings. */
    public record SearchPathEntry(String prefix, String path) {
        /** Parses {@code prefix=path} or {@code path}. */
        public static SearchPathEntry parse(String entry) {
            int eq = entry.indexOf('=');
            return eq < 0 ? new SearchPathEntry("", entry) : new SearchPathEntry(entry.substring(0, eq), entry.substring(eq + 1));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings with defaults for everything: impure, as {@code nix-instantiate} evaluates. */
    public static final class Builder {
        private boolean pure;
        private int maxCallDepth = 10_000;
        private boolean showTrace;
        private List<SearchPathEntry> searchPath = List.of();
        private String currentSystem = defaultSystem();
        private String storeDir = "/nix/store";
        private Supplier<java.nio.file.Path> bundledNixpkgs;
        private boolean abortOnWarn;
        private boolean restrictEval;
        private List<String> allowedUris = List.of();
        private org.nixj.parser.ParseOptions parseOptions = org.nixj.parser.ParseOptions.DEFAULTS;
        private Set<String> experimentalFeatures = Set.of();

        private Builder() {}

        public Builder abortOnWarn(boolean abortOnWarn) {
            this.abortOnWarn = abortOnWarn;
            return this;
        }

        public Builder restrictEval(boolean restrictEval) {
            this.restrictEval = restrictEval;
            return this;
        }

        public Builder allowedUris(List<String> allowedUris) {
            this.allowedUris = allowedUris;
            return this;
        }

        public Builder parseOptions(org.nixj.parser.ParseOptions parseOptions) {
            this.parseOptions = parseOptions;
            return this;
        }

        public Builder pure(boolean pure) {
            this.pure = pure;
            return this;
        }

        public Builder maxCallDepth(int maxCallDepth) {
            this.maxCallDepth = maxCallDepth;
            return this;
        }

        public Builder showTrace(boolean showTrace) {
            this.showTrace = showTrace;
            return this;
        }


        public Builder searchPath(List<SearchPathEntry> searchPath) {
            this.searchPath = searchPath;
            return this;
        }

        public Builder currentSystem(String currentSystem) {
            this.currentSystem = currentSystem;
            return this;
        }

        public Builder storeDir(String storeDir) {
            this.storeDir = storeDir;
            return this;
        }




        public Builder bundledNixpkgs(Supplier<java.nio.file.Path> bundledNixpkgs) {
            this.bundledNixpkgs = bundledNixpkgs;
            return this;
        }

        /** The experimental features turned on, by name. */
        public Builder experimentalFeatures(Set<String> experimentalFeatures) {
            this.experimentalFeatures = experimentalFeatures;
            return this;
        }

        public EvalSettings build() {
            return new EvalSettings(pure, maxCallDepth, showTrace, searchPath, currentSystem, storeDir, bundledNixpkgs,
                    abortOnWarn, restrictEval, allowedUris, parseOptions, experimentalFeatures);
        }

        private static String defaultSystem() {
            String arch = switch (System.getProperty("os.arch", "")) {
                case "amd64", "x86_64" -> "x86_64";
                case "aarch64", "arm64" -> "aarch64";
                case "x86", "i386", "i686" -> "i686";
                default -> System.getProperty("os.arch");
            };
            String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
            return arch + "-" + (os.contains("mac") ? "darwin" : "linux");
        }
    }
}
