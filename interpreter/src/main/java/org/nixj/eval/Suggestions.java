package org.nixj.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.nixj.eval.value.NixAttrs;

/**
 * "Did you mean" suggestions as Nix makes them: candidates within Levenshtein distance 2 of what was asked
 * for, closest first (then by name), at most five.
 */
public final class Suggestions {
    private static final int LIMIT = 5;
    private static final int MAX_DISTANCE = 2;

    private Suggestions() {}

    /** The names of {@code attrs} close to {@code query}. */
    public static List<String> among(String query, NixAttrs attrs) {
        List<String> names = new ArrayList<>(attrs.size());
        for (int i = 0; i < attrs.size(); i++) {
            names.add(attrs.name(i));
        }
        return among(query, names);
    }

    /** The candidates close to {@code query}. */
    public static List<String> among(String query, Iterable<String> candidates) {
        record Scored(int distance, String name) {}
        TreeSet<Scored> scored = new TreeSet<>(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        for (String candidate : candidates) {
            scored.add(new Scored(levenshtein(query, candidate), candidate));
        }
        List<String> result = new ArrayList<>();
        for (Scored s : scored) {
            if (result.size() >= LIMIT || s.distance() > MAX_DISTANCE) {
                break;
            }
            result.add(s.name());
        }
        return result;
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 0; i < a.length(); i++) {
            current[0] = i + 1;
            for (int j = 0; j < b.length(); j++) {
                int substitution = previous[j] + (a.charAt(i) == b.charAt(j) ? 0 : 1);
                current[j + 1] = Math.min(Math.min(previous[j + 1] + 1, current[j] + 1), substitution);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
