package org.nixj.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.nixj.parser.LintLevel;
import org.nixj.parser.ParseOptions;

/**
 * Nix's settings as a command line gives them: from {@code NIX_CONFIG} and the {@code nix.conf} files, then
 * {@code --option NAME VALUE}, then the flags named after settings ({@code --max-call-depth 100}), each later
 * value replacing an earlier one ({@code extra-NAME} appends to a list setting), as in Nix.
 *
 * <p>The settings that mean something for evaluation act; the other settings current Nix has (about builds,
 * substituters, the daemon...) are accepted silently, since nixj has nothing they change; a name Nix does not
 * know gives Nix's warning {@code unknown setting 'NAME'} where Nix checks (the {@code nix} commands, not
 * {@code nix-instantiate}). Values are checked as Nix checks them.
 */
final class NixSettings {
    /** The experimental features of current Nix ({@code experimental-features} names others with a warning). */
    private static final Set<String> FEATURES = Set.of("auto-allocate-uids", "blake3-hashes", "build-time-fetch-tree",
            "ca-derivations", "cgroups", "configurable-impure-env", "daemon-trust-override", "dynamic-derivations",
            "external-builders", "fetch-closure", "fetch-tree", "flakes", "git-hashing", "impure-derivations",
            "local-overlay-store", "mounted-ssh-store", "nix-command", "no-url-literals", "parse-toml-timestamps",
            "pipe-operators", "read-only-local-store", "recursive-nix", "verified-fetches");

    /**
     * The settings of current Nix. Those {@link #set} does not act on change nothing nixj does (builds,
     * substituters, the daemon...): accepted, their values checked where Nix checks them, then dropped.
     */
    private static final Set<String> KNOWN = Set.of("accept-flake-config", "access-tokens", "allow-dirty",
            "allow-dirty-locks", "allow-import-from-derivation", "allow-new-privileges", "allow-symlinked-store",
            "allow-unsafe-native-code-during-evaluation", "allowed-impure-host-deps", "allowed-users",
            "always-allow-substitutes", "auto-allocate-uids", "auto-optimise-store", "bash-prompt", "bash-prompt-prefix",
            "bash-prompt-suffix", "build-dir", "build-hook", "build-poll-interval", "build-users-group", "builders",
            "builders-use-substitutes", "commit-lock-file-summary", "compress-build-log", "connect-timeout", "cores",
            "debugger-on-trace", "debugger-on-warn", "diff-hook", "download-attempts", "download-buffer-size",
            "download-speed", "eval-cache", "eval-cores", "eval-profile-file", "eval-profiler",
            "eval-profiler-frequency", "eval-system", "extra-platforms", "fallback", "filter-syscalls",
            "flake-registry", "fsync-metadata", "fsync-store-paths", "gc-reserved-space", "hashed-mirrors",
            "http-connections", "http2", "id-count", "ignore-try", "impersonate-linux-26", "impure-env",
            "json-log-path", "keep-build-log", "keep-derivations", "keep-env-derivations", "keep-failed",
            "keep-going", "keep-outputs", "lazy-trees", "log-lines", "max-build-log-size", "max-free", "max-jobs",
            "max-silent-time", "max-substitution-jobs", "min-free", "min-free-check-interval",
            "narinfo-cache-negative-ttl", "narinfo-cache-positive-ttl", "netrc-file", "nix-shell-always-looks-for-shell-nix",
            "nix-shell-shebang-arguments-relative-to-script", "plugin-files", "post-build-hook", "pre-build-hook",
            "preallocate-contents", "print-missing", "pure-eval", "repl-overlays", "require-drop-supplementary-groups",
            "require-sigs", "run-diff-hook", "sandbox-build-dir", "sandbox-dev-shm-size", "sandbox-fallback",
            "sandbox-paths", "secret-key-files", "ssl-cert-file", "stalled-download-timeout", "start-id", "store",
            "substitute", "substituters", "sync-before-registering", "system", "system-features", "tarball-ttl",
            "timeout", "trace-function-calls", "trace-import-from-derivation", "trace-verbose", "trusted-public-keys",
            "trusted-substituters", "trusted-users", "upgrade-nix-store-path-url", "use-case-hack", "use-cgroups",
            "use-registries", "use-sqlite-wal", "use-xdg-base-directories", "user-agent-suffix", "warn-dirty",
            "warn-large-path-threshold", "builtins-trace-debugger", "max-call-depth", "abort-on-warn",
            "restrict-eval", "allowed-uris", "sandbox", "show-trace", "experimental-features", "nix-path",
            "lint-url-literals", "lint-short-path-literals", "lint-absolute-path-literals", "warn-short-path-literals",
            "darwin-log-sandbox-violations", "enforce-determinism", "build-cores");

    private final Consumer<String> warnings;
    private final boolean warnUnknown;
    boolean abortOnWarn;
    Integer maxCallDepth;
    Boolean pureEval;
    boolean restrictEval;
    List<String> allowedUris = new ArrayList<>();
    Boolean showTrace;
    Set<String> experimentalFeatures = new LinkedHashSet<>();
    LintLevel urlLiterals;
    LintLevel shortPathLiterals;
    LintLevel absolutePathLiterals;
    boolean warnShortPathLiterals;
    /** {@code system}, when a setting gave it: {@code builtins.currentSystem} and the flake outputs' default. */
    String system;
    /** {@code nix-path}, when a setting gave it (else the search path comes from {@code NIX_PATH}). */
    List<String> nixPath;

    /** Settings with their warnings given to {@code warnings}; unknown names are reported only with {@code warnUnknown}. */
    NixSettings(Consumer<String> warnings, boolean warnUnknown) {
        this.warnings = warnings;
        this.warnUnknown = warnUnknown;
    }

    /**
     * The settings of the configuration files and {@code NIX_CONFIG}, in Nix's order: the system's
     * ({@code $NIX_CONF_DIR/nix.conf}, default {@code /etc/nix}), the user's ({@code NIX_USER_CONF_FILES}, or
     * {@code nix/nix.conf} under {@code $XDG_CONFIG_HOME} and {@code $XDG_CONFIG_DIRS}), then {@code NIX_CONFIG}.
     */
    void readConfiguration(Map<String, String> env, String home) {
        // As Nix, abort-on-warn starts from NIX_ABORT_ON_WARN (which nixpkgs' lib.warn reads too).
        abortOnWarn = List.of("1", "true", "yes").contains(env.getOrDefault("NIX_ABORT_ON_WARN", ""));
        List<Path> files = new ArrayList<>();
        files.add(Path.of(env.getOrDefault("NIX_CONF_DIR", "/etc/nix"), "nix.conf"));
        String userFiles = env.get("NIX_USER_CONF_FILES");
        if (userFiles != null) {
            for (String f : userFiles.split(":")) {
                if (!f.isEmpty()) {
                    files.add(Path.of(f));
                }
            }
        } else {
            List<String> dirs = new ArrayList<>(List.of(env.getOrDefault("XDG_CONFIG_DIRS", "/etc/xdg").split(":")).reversed());
            dirs.add(env.getOrDefault("XDG_CONFIG_HOME", home + "/.config"));
            dirs.stream().filter(d -> !d.isEmpty()).forEach(d -> files.add(Path.of(d, "nix", "nix.conf")));
        }
        for (Path file : files) {
            if (Files.isRegularFile(file)) {
                try {
                    applyConfiguration(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    // Nix skips a configuration file it cannot read.
                }
            }
        }
        String config = env.get("NIX_CONFIG");
        if (config != null) {
            applyConfiguration(config);
        }
    }

    /** The {@code name = value} lines of a configuration text ({@code #} comments, includes not followed). */
    void applyConfiguration(String text) {
        for (String raw : text.split("\n")) {
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            line = line.strip();
            if (line.isEmpty() || line.startsWith("include ") || line.startsWith("!include ")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new UsageException("illegal configuration line '" + line + "'");
            }
            set(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
    }

    /** One setting: {@code --option NAME VALUE}, a configuration line, or a flag named after a setting. */
    void set(String name, String value) {
        boolean append = name.startsWith("extra-");
        String base = append ? name.substring("extra-".length()) : name;
        if (!KNOWN.contains(base)) {
            if (warnUnknown) {
                warnings.accept("warning: unknown setting '" + name + "'");
            }
            return;
        }
        switch (base) {
            case "abort-on-warn" -> abortOnWarn = bool(name, value);
            case "max-call-depth" -> maxCallDepth = integer(name, value);
            case "pure-eval" -> pureEval = bool(name, value);
            case "restrict-eval" -> restrictEval = bool(name, value);
            case "show-trace" -> showTrace = bool(name, value);
            case "system" -> system = value;
            case "allowed-uris" -> allowedUris = list(append, allowedUris, value);
            case "nix-path" -> nixPath = list(append, nixPath == null ? List.of() : nixPath, value);
            case "experimental-features" -> {
                List<String> features = list(append, List.copyOf(experimentalFeatures), value);
                features.stream().filter(f -> !FEATURES.contains(f))
                        .forEach(f -> warnings.accept("warning: unknown experimental feature '" + f + "'"));
                experimentalFeatures = new LinkedHashSet<>(features);
            }
            case "lint-url-literals" -> urlLiterals = lint(name, value);
            case "lint-short-path-literals" -> shortPathLiterals = lint(name, value);
            case "lint-absolute-path-literals" -> absolutePathLiterals = lint(name, value);
            case "warn-short-path-literals" -> warnShortPathLiterals = bool(name, value);
            case "sandbox" -> {
                if (!value.equals("relaxed")) {
                    bool(name, value);
                }
            }
            case "cores", "max-jobs", "timeout", "max-silent-time", "http-connections", "tarball-ttl", "connect-timeout" -> {
                if (!(base.equals("max-jobs") && value.equals("auto"))) {
                    integer(name, value);
                }
            }
            default -> {}
        }
    }

    /** What the parser accepts and lints under these settings. */
    ParseOptions parseOptions() {
        LintLevel shortPaths = shortPathLiterals != null ? shortPathLiterals
                : warnShortPathLiterals ? LintLevel.WARN : LintLevel.IGNORE;
        LintLevel urls = urlLiterals != null ? urlLiterals
                : experimentalFeatures.contains("no-url-literals") ? LintLevel.FATAL : LintLevel.IGNORE;
        return new ParseOptions(experimentalFeatures.contains("pipe-operators"), urls, shortPaths,
                absolutePathLiterals != null ? absolutePathLiterals : LintLevel.IGNORE);
    }

    private static boolean bool(String name, String value) {
        return switch (value) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new UsageException("Boolean setting '" + name + "' has invalid value '" + value + "'");
        };
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("setting '" + name + "' has invalid value '" + value + "'");
        }
    }

    private static LintLevel lint(String name, String value) {
        LintLevel level = LintLevel.parse(value);
        if (level == null) {
            throw new UsageException("option '" + name + "' has invalid value '" + value
                    + "' (expected 'ignore', 'warn', or 'fatal')");
        }
        return level;
    }

    /** A list setting's words (separated by white space), appended to {@code old} for {@code extra-NAME}. */
    private static List<String> list(boolean append, List<String> old, String value) {
        List<String> result = new ArrayList<>(append ? old : List.of());
        for (String word : value.split("\\s+")) {
            if (!word.isEmpty()) {
                result.add(word);
            }
        }
        return result;
    }
}
