package org.nixj.build.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClosureResolverTest {
    /** A package list paragraph with made-up file data. */
    static String pkg(String name, String version, String... fields) {
        StringBuilder text = new StringBuilder("Package: " + name + "\nVersion: " + version + "\nArchitecture: amd64\n");
        for (String field : fields) {
            text.append(field).append('\n');
        }
        return text.append("Filename: pool/main/x/" + name + "/" + name + "_" + version.replaceFirst("^[0-9]+:", "")
                + "_amd64.deb\nSize: 10\nSHA256: " + "ab".repeat(32) + "\nDescription: the " + name
                + "\n continued\n\n").toString();
    }

    static List<DebianPackage> list(String... paragraphs) throws Exception {
        return PackageLists.read(new BufferedReader(new StringReader(String.join("", paragraphs))), "test-list");
    }

    static Map<String, String> closure(List<DebianPackage> packages, String... roots) throws Exception {
        return closure(packages, List.of(), roots);
    }

    static Map<String, String> closure(List<DebianPackage> packages, List<String> preferred, String... roots) throws Exception {
        SortedMap<String, ClosureResolver.Resolved> resolved =
                new ClosureResolver(packages, ClosureResolver.MAINTAINER_SCRIPT_ONLY, preferred).resolve(List.of(roots));
        return resolved.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().pkg().version() + " " + e.getValue().dependencies(), (a, b) -> a, TreeMap::new));
    }

    @Test
    void followsPreDependsAndDependsButNotRecommends() throws Exception {
        var packages = list(
                pkg("app", "1.0", "Pre-Depends: libc6 (>= 2.34)", "Depends: libfoo, libbar:any", "Recommends: extra"),
                pkg("libc6", "2.36-9"), pkg("libfoo", "1", "Depends: libc6"), pkg("libbar", "2"), pkg("extra", "1"));
        assertEquals(Map.of("app", "1.0 [libbar, libc6, libfoo]", "libc6", "2.36-9 []", "libfoo", "1 [libc6]",
                "libbar", "2 []"), closure(packages, "app"));
    }

    @Test
    void takesTheHighestVersionAcrossListsAndChecksConstraintsAgainstIt() throws Exception {
        var packages = list(pkg("app", "1", "Depends: lib (>= 1.5~)"), pkg("lib", "1.4"), pkg("lib", "1:1.0"),
                pkg("lib", "1.5~rc1"));
        assertEquals("1:1.0 []", closure(packages, "app").get("lib"));
        var twoArchives = list(pkg("lib", "2").replace("pool/main/x", "pool/updates/main/x"), pkg("lib", "2"));
        assertEquals("pool/main/x/lib/lib_2_amd64.deb", new ClosureResolver(twoArchives, Set.of(), List.of())
                .candidate("lib").orElseThrow().filename(), "the main archive keeps the file longer");
        var tooOld = list(pkg("app", "1", "Depends: lib (>> 2)"), pkg("lib", "2"));
        ResolutionException e = assertThrows(ResolutionException.class, () -> closure(tooOld, "app"));
        assertEquals("no package satisfies 'lib (>> 2)', needed by app", e.getMessage());
    }

    @Test
    void takesTheFirstSatisfiableAlternativeUnlessAnotherIsAlreadyChosen() throws Exception {
        var packages = list(pkg("app", "1", "Depends: missing | second | third"), pkg("second", "1"), pkg("third", "1"));
        assertEquals(Set.of("app", "second"), closure(packages, "app").keySet());
        var chosen = list(pkg("app", "1", "Depends: second | third, third"), pkg("second", "1"), pkg("third", "1"));
        // 'third' is chosen by the root set, so the group is satisfied by it.
        assertEquals(Set.of("app", "third"), closure(chosen, "app", "third").keySet());
    }

    @Test
    void resolvesVirtualPackagesThroughProvides() throws Exception {
        var packages = list(pkg("app", "1", "Depends: awk, mail-transport (>= 2)"),
                pkg("gawk", "5", "Priority: optional", "Provides: awk"), pkg("mawk", "1.3", "Priority: required", "Provides: awk"),
                pkg("mta-old", "1", "Provides: mail-transport (= 1)"), pkg("mta-new", "1", "Provides: mail-transport (= 3)"),
                pkg("mta-any", "1", "Provides: mail-transport"));
        assertEquals(Set.of("app", "mawk", "mta-new"), closure(packages, "app").keySet(),
                "the required provider, and the one whose provided version meets the constraint");
        assertEquals(Set.of("app", "gawk", "mta-new"), closure(packages, List.of("gawk"), "app").keySet());
    }

    @Test
    void whenSeveralChosenPackagesProvideOneTheMostImportantIsTaken() throws Exception {
        // gawk and mawk are both roots: awk is mawk's (required) however the roots are named and ordered.
        var packages = list(pkg("app", "1", "Depends: awk"), pkg("zed", "1", "Depends: awk"),
                pkg("gawk", "5", "Priority: optional", "Provides: awk"), pkg("mawk", "1.3", "Priority: required", "Provides: awk"));
        for (String[] roots : List.of(new String[] {"gawk", "mawk", "app", "zed"}, new String[] {"zed", "app", "mawk", "gawk"})) {
            Map<String, String> resolved = closure(packages, roots);
            assertEquals("1 [mawk]", resolved.get("app"), String.join(" ", roots));
            assertEquals("1 [mawk]", resolved.get("zed"), String.join(" ", roots));
        }
        assertEquals("1 [gawk]", closure(packages, List.of("gawk"), "gawk", "mawk", "app").get("app"), "unless the caller prefers another");
    }

    @Test
    void leavesOutWhatOnlyMaintainerScriptsUse() throws Exception {
        var packages = list(pkg("kernel", "1", "Depends: kmod, linux-base, initramfs-tools | linux-initramfs-tool",
                        "Pre-Depends: debconf (>= 0.5) | debconf-2.0"),
                pkg("kmod", "30"), pkg("linux-base", "4"), pkg("initramfs-tools", "0.142"), pkg("debconf", "1.5"),
                pkg("dracut", "1", "Provides: linux-initramfs-tool"));
        assertEquals(Map.of("kernel", "1 [kmod]", "kmod", "30 []"), closure(packages, "kernel"));
    }

    @Test
    void namesTheChainThatLedToAnUnsatisfiableDependency() throws Exception {
        var packages = list(pkg("a", "1", "Depends: b"), pkg("b", "1", "Depends: c (= 2) | d"), pkg("c", "1"));
        ResolutionException e = assertThrows(ResolutionException.class, () -> closure(packages, "a"));
        assertEquals("no package satisfies 'c (= 2) | d', needed by b <- a", e.getMessage());
        assertEquals("no package list has a package 'zz'",
                assertThrows(ResolutionException.class, () -> closure(packages, "zz")).getMessage());
    }

    @Test
    void skipsPackagesWithoutAFileAsDumpavailPrintsThem() throws Exception {
        assertEquals(List.of("a"), list("Package: local\nVersion: 1\nArchitecture: amd64\n\n", pkg("a", "1"))
                .stream().map(DebianPackage::name).toList());
    }

    @Test
    void parsesRelationsAsDebianWritesThem() throws Exception {
        assertEquals("[[libc6 (>= 2.34)], [perl:any], [a (<< 1:2~), b (<= 3), c (= 4), d (>> 5)], [e (<= 6), f (>= 7)], [g]]"
                        .replace("perl:any", "perl"),
                Relation.parseGroups("libc6 (>= 2.34), perl:any, a (<<1:2~) | b (<= 3) | c (= 4) | d (>> 5),"
                        + " e (< 6) | f (> 7), g [amd64] <!nocheck>", "here").toString());
        assertEquals(List.of(), Relation.parseGroups(" ", "here"));
    }

    @Test
    void aMalformedListIsReportedWithFileAndLine() {
        DebianFormatException e = assertThrows(DebianFormatException.class,
                () -> list("Package: a\nVersion: 1\nbroken line\n"));
        assertEquals("test-list:3: expected 'Field: value', got 'broken line'", e.getMessage());
        e = assertThrows(DebianFormatException.class, () -> list("Package: a\nVersion: 1\nFilename: pool/a.deb\n\n"));
        assertEquals("test-list:1: the paragraph has no 'Size' field", e.getMessage());
        e = assertThrows(DebianFormatException.class, () -> list(pkg("a", "1", "Depends: b (>= )")));
        assertEquals("test-list:1: Depends: 'b (>= )' is not a package relation", e.getMessage());
    }
}
