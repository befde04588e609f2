package org.nixj.eval.builtins;

import java.util.List;

/**
 * The documentation of one builtin, as the REPL's {@code :doc} shows it.
 *
 * @param name the builtin's name, without {@code builtins.}
 * @param parameters the names of its arguments, one per argument it takes (none for a constant)
 * @param text what it does, in Markdown
 */
public record BuiltinDoc(String name, List<String> parameters, String text) {
    public BuiltinDoc {
        parameters = List.copyOf(parameters);
    }

    /** {@code map f list}: how a call looks. */
    public String synopsis() {
        return parameters.isEmpty() ? name : name + " " + String.join(" ", parameters);
    }
}
