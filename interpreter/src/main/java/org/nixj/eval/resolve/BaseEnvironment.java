package org.nixj.eval.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The names Nix defines before any code runs: {@code builtins}, {@code true}, {@code map}, {@code __add}, ... */
public final class BaseEnvironment {
    private static final Set<String> NAMES = load();

    private BaseEnvironment() {}

    /** The global names of current Nix, from {@code base-environment.txt}. */
    public static Set<String> names() {
        return NAMES;
    }

    private static Set<String> load() {
        try (InputStream in = BaseEnvironment.class.getResourceAsStream("base-environment.txt")) {
            if (in == null) {
                throw new IllegalStateException("base-environment.txt is missing from the nixj jar");
            }
            Set<String> names = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(names::add);
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
