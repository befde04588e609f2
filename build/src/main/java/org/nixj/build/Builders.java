package org.nixj.build;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.nixj.build.builder.Builder;

/** The in-process builders a realiser can run, by the name a derivation gives after {@code builtin:}. */
public final class Builders {
    /** The prefix of a builder nixj runs itself. */
    public static final String PREFIX = "builtin:";

    private final Map<String, Builder> byName;

    private Builders(Map<String, Builder> byName) {
        this.byName = byName;
    }

    /** The builders given; two with one name are a mistake. */
    public static Builders of(Collection<? extends Builder> builders) {
        Map<String, Builder> byName = new TreeMap<>();
        for (Builder builder : builders) {
            if (byName.putIfAbsent(builder.name(), builder) != null) {
                throw new IllegalArgumentException("two builders are named 'builtin:" + builder.name() + "'");
            }
        }
        return new Builders(byName);
    }

    /** The builder a derivation's {@code builder} attribute selects, if nixj has it. */
    public Optional<Builder> lookup(String builder) {
        if (!builder.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byName.get(builder.substring(PREFIX.length())));
    }

    /** The names nixj can run, {@code builtin:a, builtin:b}, for messages. */
    public String names() {
        return byName.keySet().stream().map(name -> PREFIX + name).collect(Collectors.joining(", "));
    }
}
