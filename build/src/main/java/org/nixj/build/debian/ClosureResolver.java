package org.nixj.build.debian;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Resolves the closure of a set of root packages over apt's package lists, as {@code apt-get install
 * --no-install-recommends} would on an empty system, minus what only maintainer scripts use:
 * <ul>
 *   <li>each name stands for its highest version across all lists given (apt's candidate when every suite has
 *       the default pin), and only that version is considered; a version in both the main and the security
 *       archive is taken from the main one;</li>
 *   <li>{@code Pre-Depends} and {@code Depends} are followed, {@code Recommends} and {@code Suggests} are not;</li>
 *   <li>in a group of alternatives, one already chosen wins; otherwise the first satisfiable alternative;</li>
 *   <li>a virtual package resolves through {@code Provides} (a versioned dependency only through a versioned
 *       provide); among several providers: one already chosen (the best of them if several are), then the
 *       caller's preferences in order, then the highest {@code Priority}, then the smallest name;</li>
 *   <li>a group whose chosen alternative is an excluded package (by default {@link #MAINTAINER_SCRIPT_ONLY}) is
 *       dropped, along with what that package would have needed.</li>
 * </ul>
 * Packages are visited breadth-first from the sorted roots, so the same lists and roots give the same closure.
 */
public final class ClosureResolver {
    /**
     * Packages that only maintainer scripts use, which nixj never runs (BUILD.md), with the virtual names they
     * provide: a dependency on them is dropped.
     */
    public static final Set<String> MAINTAINER_SCRIPT_ONLY = Set.of("debconf", "debconf-2.0", "cdebconf", "adduser",
            "ucf", "init-system-helpers", "initramfs-tools", "linux-initramfs-tool", "linux-base", "lsb-base", "dpkg",
            "install-info");

    private static final List<String> PRIORITIES = List.of("required", "important", "standard", "optional", "extra");

    private final Map<String, DebianPackage> candidates = new HashMap<>();
    private final Map<String, List<Provider>> providers = new HashMap<>();
    private final Set<String> excluded;
    private final List<String> preferred;

    private record Provider(DebianPackage pkg, Relation provided) {
    }

    /** One package of a closure with the names of the packages it needs (within the closure, sorted). */
    public record Resolved(DebianPackage pkg, SortedSet<String> dependencies) {
    }

    /**
     * @param packages every package of the lists; for a name listed with several versions the highest counts
     *     (the main archive's among equal ones, else the first listed)
     * @param excluded names whose dependencies are dropped
     * @param preferred providers to choose first among several for a virtual package
     */
    public ClosureResolver(Collection<DebianPackage> packages, Set<String> excluded, List<String> preferred) {
        for (DebianPackage pkg : packages) {
            candidates.merge(pkg.name(), pkg, ClosureResolver::better);
        }
        for (DebianPackage pkg : candidates.values().stream().sorted(Comparator.comparing(DebianPackage::name)).toList()) {
            for (Relation provided : pkg.provides()) {
                providers.computeIfAbsent(provided.name(), name -> new ArrayList<>()).add(new Provider(pkg, provided));
            }
        }
        this.excluded = Set.copyOf(excluded);
        this.preferred = List.copyOf(preferred);
    }

    /** The candidate (highest) version of the real package {@code name}, if the lists have it. */
    public Optional<DebianPackage> candidate(String name) {
        return Optional.ofNullable(candidates.get(name));
    }

    /**
     * The closure of {@code roots}, by package name.
     *
     * @throws ResolutionException when a root is unknown or excluded, or a dependency cannot be satisfied; the
     *     message gives the chain of packages that led to it
     */
    public SortedMap<String, Resolved> resolve(Collection<String> roots) throws ResolutionException {
        Map<String, DebianPackage> chosen = new LinkedHashMap<>();
        Map<String, String> neededBy = new HashMap<>();
        Deque<DebianPackage> queue = new ArrayDeque<>();
        for (String root : new TreeSet<>(roots)) {
            if (excluded.contains(root)) {
                throw new ResolutionException("'" + root + "' is asked for but excluded from closures");
            }
            DebianPackage pkg = satisfy(new Relation(root, Optional.empty()), chosen)
                    .orElseThrow(() -> new ResolutionException("no package list has a package '" + root + "'"));
            if (excluded.contains(pkg.name())) {
                throw new ResolutionException("'" + root + "' is asked for but is provided only by '" + pkg.name()
                        + "', which is excluded from closures");
            }
            if (chosen.putIfAbsent(pkg.name(), pkg) == null) {
                queue.add(pkg);
            }
        }
        SortedMap<String, Resolved> closure = new TreeMap<>();
        while (!queue.isEmpty()) {
            DebianPackage pkg = queue.removeFirst();
            SortedSet<String> dependencies = new TreeSet<>();
            for (List<Relation> group : pkg.depends()) {
                DebianPackage needed;
                switch (choose(group, chosen)) {
                    case Choice.Dropped dropped -> {
                        continue;
                    }
                    case Choice.Unsatisfiable unsatisfiable -> throw new ResolutionException("no package satisfies '"
                            + groupText(group) + "', needed by " + chain(pkg.name(), neededBy));
                    case Choice.Chosen(DebianPackage choice) -> needed = choice;
                }
                if (!needed.name().equals(pkg.name())) {
                    dependencies.add(needed.name());
                }
                if (chosen.putIfAbsent(needed.name(), needed) == null) {
                    neededBy.put(needed.name(), pkg.name());
                    queue.add(needed);
                }
            }
            closure.put(pkg.name(), new Resolved(pkg, dependencies));
        }
        return closure;
    }

    /** What a group of alternatives resolves to. */
    private sealed interface Choice {
        /** The package that satisfies the group. */
        record Chosen(DebianPackage pkg) implements Choice {
        }

        /** The group's choice is excluded: the group is left out. */
        record Dropped() implements Choice {
        }

        /** Nothing satisfies the group. */
        record Unsatisfiable() implements Choice {
        }
    }

    /** The choice for a group of alternatives: one already chosen, else the first satisfiable one. */
    private Choice choose(List<Relation> group, Map<String, DebianPackage> chosen) {
        for (Relation alternative : group) {
            Optional<DebianPackage> pkg = alreadyChosen(alternative, satisfiers(alternative), chosen);
            if (pkg.isPresent()) {
                return new Choice.Chosen(pkg.get());
            }
        }
        for (Relation alternative : group) {
            if (excluded.contains(alternative.name())) {
                return new Choice.Dropped();
            }
            Optional<DebianPackage> pkg = satisfy(alternative, chosen);
            if (pkg.isPresent()) {
                return excluded.contains(pkg.get().name()) ? new Choice.Dropped() : new Choice.Chosen(pkg.get());
            }
        }
        return new Choice.Unsatisfiable();
    }

    /** The package that satisfies {@code relation}: the real package if it does, else the best provider. */
    private Optional<DebianPackage> satisfy(Relation relation, Map<String, DebianPackage> chosen) {
        List<DebianPackage> all = satisfiers(relation);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        DebianPackage real = candidates.get(relation.name());
        if (real != null && all.getFirst() == real) {
            return Optional.of(real);
        }
        List<DebianPackage> usable = all.stream().filter(p -> !excluded.contains(p.name())).toList();
        if (usable.isEmpty()) {
            return Optional.of(all.getFirst());
        }
        Optional<DebianPackage> chosenOne = alreadyChosen(relation, usable, chosen);
        return chosenOne.isPresent() ? chosenOne : best(usable);
    }

    /**
     * Of {@code satisfiers} of {@code relation}, one already chosen: the real package if it is, else the best
     * of the chosen providers (so that when two roots provide one virtual package, awk say, which one the
     * others' dependencies get does not depend on the order the roots were visited in).
     */
    private Optional<DebianPackage> alreadyChosen(Relation relation, List<DebianPackage> satisfiers,
                                                  Map<String, DebianPackage> chosen) {
        List<DebianPackage> chosenOnes = satisfiers.stream().filter(p -> chosen.get(p.name()) == p).toList();
        DebianPackage real = candidates.get(relation.name());
        if (real != null && chosenOnes.contains(real)) {
            return Optional.of(real);
        }
        return best(chosenOnes);
    }

    /** The caller's first preference among {@code packages}, else the most important (Priority), then by name. */
    private Optional<DebianPackage> best(List<DebianPackage> packages) {
        for (String name : preferred) {
            for (DebianPackage pkg : packages) {
                if (pkg.name().equals(name)) {
                    return Optional.of(pkg);
                }
            }
        }
        return packages.stream().min(Comparator.comparingInt(ClosureResolver::priorityRank)
                .thenComparing(DebianPackage::name));
    }

    /** Every package that satisfies {@code relation}: the real package first (if its candidate does), then providers. */
    private List<DebianPackage> satisfiers(Relation relation) {
        List<DebianPackage> result = new ArrayList<>();
        DebianPackage real = candidates.get(relation.name());
        if (real != null && relation.constraint().map(c -> c.allows(real.version())).orElse(true)) {
            result.add(real);
        }
        for (Provider provider : providers.getOrDefault(relation.name(), List.of())) {
            boolean allowed = relation.constraint().isEmpty() || (provider.provided().constraint().isPresent()
                    && provider.provided().constraint().get().operator() == Relation.Operator.EQUAL
                    && relation.constraint().get().allows(provider.provided().constraint().get().version()));
            if (allowed && !result.contains(provider.pkg())) {
                result.add(provider.pkg());
            }
        }
        return result;
    }

    /**
     * The higher version; of one version in two archives, the main archive's file (the security archive's pool,
     * {@code pool/updates/}, drops a version once superseded), else the first listed.
     */
    private static DebianPackage better(DebianPackage old, DebianPackage now) {
        int byVersion = now.version().compareTo(old.version());
        if (byVersion != 0) {
            return byVersion > 0 ? now : old;
        }
        return old.filename().startsWith("pool/updates/") && !now.filename().startsWith("pool/updates/") ? now : old;
    }

    private static int priorityRank(DebianPackage pkg) {
        int rank = PRIORITIES.indexOf(pkg.priority());
        return rank < 0 ? PRIORITIES.size() : rank;
    }

    private static String groupText(List<Relation> group) {
        return String.join(" | ", group.stream().map(Relation::toString).toList());
    }

    private static String chain(String name, Map<String, String> neededBy) {
        StringBuilder text = new StringBuilder(name);
        for (String parent = neededBy.get(name); parent != null; parent = neededBy.get(parent)) {
            text.append(" <- ").append(parent);
        }
        return text.toString();
    }
}
