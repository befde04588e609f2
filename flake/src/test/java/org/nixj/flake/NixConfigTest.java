package org.nixj.flake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NixConfigTest {
    private static final Map<String, String> CONFIG = new TreeMap<>(Map.of(
            "bash-prompt", "nix> ", "extra-substituters", "https://c.example", "max-jobs", "4", "extra-flake-registry", "/r.json"));

    @Test
    void untrustedSettingsAreIgnoredWithNixsWarning() {
        List<String> warnings = new ArrayList<>();
        Map<String, String> trusted = NixConfig.apply(CONFIG, false, warnings::add);
        assertEquals(Map.of("bash-prompt", "nix> ", "extra-flake-registry", "/r.json"), trusted);
        assertEquals(List.of(
                "warning: ignoring untrusted flake configuration setting 'extra-substituters'.\nPass '--accept-flake-config' to trust it",
                "warning: ignoring untrusted flake configuration setting 'max-jobs'.\nPass '--accept-flake-config' to trust it"),
                warnings);
    }

    @Test
    void acceptingTrustsEverySetting() {
        List<String> warnings = new ArrayList<>();
        assertEquals(CONFIG, NixConfig.apply(CONFIG, true, warnings::add));
        assertEquals(List.of(), warnings);
    }
}
