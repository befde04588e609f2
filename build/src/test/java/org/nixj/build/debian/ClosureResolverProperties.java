package org.nixj.build.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random package universes: whatever the resolver returns is closed, satisfies every group and is order-free. */
class ClosureResolverProperties {
    static final List<String> NAMES = List.of("p0", "p1", "p2", "p3", "p4", "p5", "v0", "v1", "gone", "dpkg");
    static final List<String> VERSIONS = List.of("1", "1.0~rc1", "2", "1:0.5", "2-1", "2-1~deb12u1");
    static final Set<String> EXCLUDED = Set.of("dpkg");

    @Provide
    Arbitrary<Relation> relations() {
        Arbitrary<Optional<Relation.Constraint>> constraint = Arbitraries.oneOf(Arbitraries.just(Optional.empty()),
                Combinators.combine(Arbitraries.of(Relation.Operator.values()), Arbitraries.of(VERSIONS))
                        .as((op, v) -> Optional.of(new Relation.Constraint(op, DebianVersion.parse(v)))));
        return Combinators.combine(Arbitraries.of(NAMES), constraint).as(Relation::new);
    }

    @Provide
    Arbitrary<List<DebianPackage>> universes() {
        Arbitrary<List<List<Relation>>> depends = relations().list().ofMinSize(1).ofMaxSize(3).list().ofMaxSize(3);
        Arbitrary<List<Relation>> provides = Arbitraries.of("v0", "v1")
                .flatMap(v -> Arbitraries.oneOf(Arbitraries.just(new Relation(v, Optional.empty())),
                        Arbitraries.of(VERSIONS).map(ver -> new Relation(v, Optional.of(new Relation.Constraint(
                                Relation.Operator.EQUAL, DebianVersion.parse(ver)))))))
                .list().ofMaxSize(2);
        Arbitrary<DebianPackage> pkg = Combinators.combine(Arbitraries.of("p0", "p1", "p2", "p3", "p4", "p5", "dpkg"),
                        Arbitraries.of(VERSIONS), Arbitraries.of("required", "optional", ""), depends, provides)
                .as((name, version, priority, deps, prov) -> new DebianPackage(name, DebianVersion.parse(version),
                        "amd64", "pool/" + name + "_" + version + ".deb", 1, "00".repeat(32), priority, "", deps, prov));
        return pkg.list().ofMinSize(1).ofMaxSize(12).uniqueElements(p -> p.name() + "=" + p.version().compareTo(
                DebianVersion.parse("0")) + p.version().text());
    }

    @Property(tries = 400)
    void aResolvedClosureIsClosedAndSatisfiesEveryGroupItKeeps(@ForAll("universes") List<DebianPackage> universe,
                                                               @ForAll("rootSets") List<String> roots, @ForAll long seed) {
        SortedMap<String, ClosureResolver.Resolved> closure;
        try {
            closure = new ClosureResolver(universe, EXCLUDED, List.of()).resolve(roots);
        } catch (ResolutionException e) {
            Assume.that(false);
            return;
        }
        Map<String, DebianPackage> highest = new TreeMap<>();
        for (DebianPackage p : universe) {
            highest.merge(p.name(), p, (a, b) -> b.version().compareTo(a.version()) > 0 ? b : a);
        }
        for (ClosureResolver.Resolved resolved : closure.values()) {
            DebianPackage pkg = resolved.pkg();
            assertTrue(!EXCLUDED.contains(pkg.name()), pkg.name());
            assertTrue(highest.get(pkg.name()).version().sameAs(pkg.version()), "the candidate version of " + pkg.name());
            assertTrue(closure.keySet().containsAll(resolved.dependencies()), resolved.toString());
            for (List<Relation> group : pkg.depends()) {
                boolean satisfied = group.stream().anyMatch(r -> closure.values().stream()
                        .anyMatch(other -> satisfies(other.pkg(), r) && (other.pkg() == pkg
                                || resolved.dependencies().contains(other.pkg().name()))));
                boolean dropped = group.stream().anyMatch(r -> EXCLUDED.contains(r.name()))
                        || group.stream().anyMatch(r -> universe.stream().anyMatch(u -> EXCLUDED.contains(u.name())
                                && u == highest.get(u.name()) && satisfies(u, r)));
                assertTrue(satisfied || dropped, pkg.name() + " needs " + group + " in " + closure.keySet());
            }
        }
        List<DebianPackage> shuffled = new ArrayList<>(universe);
        Collections.shuffle(shuffled, new Random(seed));
        try {
            assertEquals(closure, new ClosureResolver(shuffled, EXCLUDED, List.of()).resolve(roots),
                    "the order of the lists does not matter");
        } catch (ResolutionException e) {
            throw new AssertionError("resolvable in one order but not in another: " + e.getMessage());
        }
    }

    @Provide
    Arbitrary<List<String>> rootSets() {
        return Arbitraries.of("p0", "p1", "p2", "p3", "v0").list().ofMinSize(1).ofMaxSize(3).uniqueElements();
    }

    private static boolean satisfies(DebianPackage pkg, Relation relation) {
        if (pkg.name().equals(relation.name())) {
            return relation.constraint().map(c -> c.allows(pkg.version())).orElse(true);
        }
        return pkg.provides().stream().anyMatch(p -> p.name().equals(relation.name())
                && (relation.constraint().isEmpty() || p.constraint().map(c -> c.operator() == Relation.Operator.EQUAL
                        && relation.constraint().get().allows(c.version())).orElse(false)));
    }
}
