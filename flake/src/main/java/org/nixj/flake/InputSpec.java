package org.nixj.flake;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One input as {@code flake.nix} declares it: where it comes from (a URL, an attribute-set reference, or
 * neither: then the input's name as an indirect reference), whether it is a flake, whom it follows, and
 * overrides of its own inputs ({@code inputs.a.inputs.b.follows = "c"}).
 *
 * @param url the {@code url} attribute
 * @param attrs the reference in attribute-set form ({@code type}, {@code owner}, ...), empty if none
 * @param flake false for {@code flake = false}
 * @param follows the path of input names {@code follows} gives, from the root flake
 * @param inputs overrides of this input's own inputs, by name
 */
public record InputSpec(Optional<String> url, Map<String, Object> attrs, boolean flake, Optional<List<String>> follows,
                        Map<String, InputSpec> inputs) {
    public InputSpec {
        attrs = Map.copyOf(attrs);
        follows = follows.map(List::copyOf);
        inputs = Map.copyOf(inputs);
    }

    /**
     * This input as declared by the flake at input path {@code declarer}: its {@code follows} paths, and those
     * of its overrides, are relative to that flake, and become paths from the root.
     */
    public InputSpec relativeTo(List<String> declarer) {
        if (declarer.isEmpty()) {
            return this;
        }
        Map<String, InputSpec> nested = new java.util.TreeMap<>();
        inputs.forEach((name, spec) -> nested.put(name, spec.relativeTo(declarer)));
        return new InputSpec(url, attrs, flake, follows.map(path -> {
            List<String> absolute = new java.util.ArrayList<>(declarer);
            absolute.addAll(path);
            return absolute;
        }), nested);
    }

    /** An input known only by name, as an undeclared argument of {@code outputs} is. */
    public static InputSpec implicit() {
        return new InputSpec(Optional.empty(), Map.of(), true, Optional.empty(), Map.of());
    }
}
