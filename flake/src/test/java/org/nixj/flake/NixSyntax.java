package org.nixj.flake;

import java.util.Map;
import java.util.TreeMap;

/** Attribute sets written as {@code nix eval} prints them, so that test tables read like Nix's output. */
final class NixSyntax {
    private NixSyntax() {}

    static String attrs(Map<String, Object> attrs) {
        StringBuilder s = new StringBuilder("{ ");
        new TreeMap<>(attrs).forEach((name, value) -> {
            s.append(name).append(" = ");
            if (value instanceof String text) {
                s.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"").replace("${", "\\${")).append('"');
            } else {
                s.append(value);
            }
            s.append("; ");
        });
        return s.append('}').toString();
    }
}
