package org.nixj.build.debian;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One package named in a relationship field ({@code Depends}, {@code Pre-Depends}, {@code Provides}):
 * {@code name [(op version)]}. An architecture qualifier ({@code :any}, {@code :amd64}) is dropped, since a pin
 * set holds one architecture (plus {@code all}); architecture restrictions and build profiles in brackets, which
 * only source packages use, are ignored.
 *
 * @param name the package name
 * @param constraint the version constraint, if any
 */
public record Relation(String name, Optional<Constraint> constraint) {
    private static final Pattern ONE = Pattern.compile(
            "([a-z0-9][a-z0-9+.\\-]*)(?::[a-z0-9\\-]+)?\\s*(?:\\(\\s*(<<|<=|=|>=|>>|<|>)\\s*([^\\s()<>=]+)\\s*\\))?"
                    + "\\s*(?:\\[[^\\]]*\\])?\\s*(?:<[^>]*>\\s*)*");

    /** A version constraint: {@code op version}. */
    public record Constraint(Operator operator, DebianVersion version) {
        /** Whether {@code candidate} meets the constraint. */
        public boolean allows(DebianVersion candidate) {
            return operator.holds(candidate.compareTo(version));
        }

        @Override
        public String toString() {
            return operator.symbol + " " + version;
        }
    }

    /** The five relations; the obsolete {@code <} and {@code >} mean {@code <=} and {@code >=}, as in dpkg. */
    public enum Operator {
        EARLIER("<<"), EARLIER_OR_EQUAL("<="), EQUAL("="), LATER_OR_EQUAL(">="), LATER(">>");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        static Operator of(String symbol) {
            return switch (symbol) {
                case "<<" -> EARLIER;
                case "<=", "<" -> EARLIER_OR_EQUAL;
                case "=" -> EQUAL;
                case ">=", ">" -> LATER_OR_EQUAL;
                case ">>" -> LATER;
                default -> throw new IllegalArgumentException(symbol);
            };
        }

        /** Whether a candidate that compares {@code comparison} to the constraint's version meets it. */
        boolean holds(int comparison) {
            return switch (this) {
                case EARLIER -> comparison < 0;
                case EARLIER_OR_EQUAL -> comparison <= 0;
                case EQUAL -> comparison == 0;
                case LATER_OR_EQUAL -> comparison >= 0;
                case LATER -> comparison > 0;
            };
        }
    }

    /**
     * Parses a relationship field: comma-separated groups of {@code |}-separated alternatives.
     *
     * @param where the field's place ({@code FILE:LINE: Depends}), for messages
     * @throws DebianFormatException when a part is not a relation
     */
    public static List<List<Relation>> parseGroups(String field, String where) throws DebianFormatException {
        List<List<Relation>> groups = new ArrayList<>();
        for (String group : field.split(",")) {
            if (group.isBlank()) {
                continue;
            }
            List<Relation> alternatives = new ArrayList<>();
            for (String alternative : group.split("\\|")) {
                alternatives.add(parse(alternative.strip(), where));
            }
            groups.add(List.copyOf(alternatives));
        }
        return List.copyOf(groups);
    }

    private static Relation parse(String text, String where) throws DebianFormatException {
        Matcher matcher = ONE.matcher(text);
        if (!matcher.matches()) {
            throw new DebianFormatException(where + ": '" + text + "' is not a package relation");
        }
        if (matcher.group(2) == null) {
            return new Relation(matcher.group(1), Optional.empty());
        }
        try {
            return new Relation(matcher.group(1), Optional.of(new Constraint(Operator.of(matcher.group(2)),
                    DebianVersion.parse(matcher.group(3)))));
        } catch (IllegalArgumentException e) {
            throw new DebianFormatException(where + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return constraint.map(c -> name + " (" + c + ")").orElse(name);
    }
}
