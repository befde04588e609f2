package org.nixj.flake;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A flake's {@code nixConfig}, weighed as Nix weighs it: a few harmless settings (the shell prompt, the flake
 * registry, the lock-file commit summary) are always trusted; any other is trusted only with
 * {@code --accept-flake-config}, and otherwise ignored with Nix's warning.
 *
 * <p>The settings Nix would apply from here (substituters, keys, sandboxing, experimental features...) are
 * about Nix's own downloads and builders; nixj's builds use neither, so none changes what nixj does: a trusted
 * setting is accepted and has no effect. {@link #apply} returns the trusted ones for callers that do
 * understand some.
 */
public final class NixConfig {
    private static final Set<String> ALWAYS_TRUSTED = Set.of("bash-prompt", "bash-prompt-prefix", "bash-prompt-suffix",
            "flake-registry", "commit-lock-file-summary", "commit-lockfile-summary");

    private NixConfig() {}

    /**
     * The settings of {@code nixConfig} that are trusted; a warning on {@code warnings} for each other one.
     *
     * @param accept whether {@code --accept-flake-config} was given
     */
    public static Map<String, String> apply(Map<String, String> nixConfig, boolean accept, Consumer<String> warnings) {
        Map<String, String> trusted = new java.util.TreeMap<>();
        nixConfig.forEach((name, value) -> {
            String baseName = name.startsWith("extra-") ? name.substring("extra-".length()) : name;
            if (accept || ALWAYS_TRUSTED.contains(baseName)) {
                trusted.put(name, value);
            } else {
                warnings.accept("warning: ignoring untrusted flake configuration setting '" + name
                        + "'.\nPass '--accept-flake-config' to trust it");
            }
        });
        return trusted;
    }
}
