package org.nixj.build.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.build.BuildException;
import org.nixj.build.BuildGoal;
import org.nixj.build.BuildOptions;
import org.nixj.build.Builders;
import org.nixj.build.Realiser;
import org.nixj.build.builder.FetchurlBuilder;
import org.nixj.build.builder.LocalSource;
import org.nixj.fetch.Downloader;
import org.nixj.store.LocalStore;
import org.nixj.store.StoreDirectory;
import org.nixj.store.StorePath;
import org.nixj.store.hash.Hash;

class DebianSourcesTest {
    @TempDir
    Path tmp;

    static final String URL = "mirror://debian/pool/main/g/git/git_2.39.5-0+deb12u3_amd64.deb";

    final List<String> log = Collections.synchronizedList(new ArrayList<>());

    /** Fetches {@code url} expecting {@code hash} with only {@code sources} and a mirror that has nothing. */
    Path fetch(List<LocalSource> sources, Hash hash, Map<String, String> extra) throws Exception {
        LocalStore store = new LocalStore(StoreDirectory.DEFAULT, tmp.resolve("store"));
        Files.createDirectories(tmp.resolve("empty-mirror"));
        FetchurlBuilder fetchurl = new FetchurlBuilder(Downloader.standard(),
                Map.of("debian", List.of(tmp.resolve("empty-mirror").toUri().toString())), sources);
        Realiser realiser = new Realiser(store, Builders.of(List.of(fetchurl)), BuildOptions.defaults(), event -> {
            if (event instanceof org.nixj.build.BuildEvent.Log line) {
                log.add(line.line());
            }
        });
        StorePath drv = DebFixtures.fetchurl(store, "git_2.39.5-0+deb12u3_amd64.deb", URL, hash, extra);
        return store.physical(realiser.realise(List.of(BuildGoal.allOutputs(drv))).values().iterator().next().get("out"));
    }

    @Test
    void findsThePoolNameAndAptsNameWithTheEpochInFolders() throws Exception {
        Path stale = Files.createDirectories(tmp.resolve("stale"));
        Path cache = Files.createDirectories(tmp.resolve("cache"));
        Files.writeString(stale.resolve("git_2.39.5-0+deb12u3_amd64.deb"), "an older download");
        Files.writeString(cache.resolve("git_1%3a2.39.5-0+deb12u3_amd64.deb"), "the right bytes");
        Files.writeString(cache.resolve("git_1%3a2.39.5-0+deb12u3_arm64.deb"), "another architecture");
        Path out = fetch(List.of(new DebFolderSource(List.of(tmp.resolve("missing"), stale, cache))),
                DebFixtures.sha256("the right bytes".getBytes()), Map.of());
        assertEquals("the right bytes", Files.readString(out));
        assertTrue(log.contains("found '" + cache.resolve("git_1%3a2.39.5-0+deb12u3_amd64.deb") + "'"), log.toString());

        Path wrong = Files.createDirectories(tmp.resolve("wrong"));
        Files.writeString(wrong.resolve("git_2.39.5-0+deb12u3_amd64.deb"), "an older download");
        BuildException e = assertThrows(BuildException.class, () -> fetch(List.of(new DebFolderSource(List.of(wrong))),
                DebFixtures.sha256("other bytes".getBytes()), Map.of()));
        assertTrue(e.getMessage().contains("hash mismatch in file downloaded from '" + wrong), e.getMessage());
    }

    @Test
    void runsAptGetDownloadWithTheNameAndVersionAttributes() throws Exception {
        Path fakeApt = tmp.resolve("apt-get");
        Files.writeString(fakeApt, """
                #!/bin/sh
                echo "Get:1 $2"
                [ "$2" = "git=1:2.39.5-0+deb12u3" ] || exit 100
                printf 'from apt' > git_1%3a2.39.5-0+deb12u3_amd64.deb
                """, StandardCharsets.UTF_8);
        assertTrue(fakeApt.toFile().setExecutable(true));
        AptDownloadSource apt = new AptDownloadSource(List.of(fakeApt.toString()));
        Map<String, String> attrs = Map.of(AptDownloadSource.PACKAGE, "git", AptDownloadSource.VERSION, "1:2.39.5-0+deb12u3");
        Path out = fetch(List.of(apt), DebFixtures.sha256("from apt".getBytes()), attrs);
        assertEquals("from apt", Files.readString(out));
        assertTrue(log.contains("apt-get: Get:1 git=1:2.39.5-0+deb12u3"), log.toString());
    }

    @Test
    void aFailingOrUnusableAptPassesToTheNextSource() throws Exception {
        Path fakeApt = tmp.resolve("apt-get");
        Files.writeString(fakeApt, "#!/bin/sh\necho 'E: Version not found'\nexit 100\n", StandardCharsets.UTF_8);
        assertTrue(fakeApt.toFile().setExecutable(true));
        BuildException e = assertThrows(BuildException.class, () -> fetch(List.of(new AptDownloadSource(List.of(fakeApt.toString()))),
                DebFixtures.sha256("x".getBytes()), Map.of(AptDownloadSource.PACKAGE, "git", AptDownloadSource.VERSION, "9")));
        assertTrue(log.contains("apt-get download git=9 failed (exit status 100)"), log.toString());
        assertTrue(e.getMessage().contains("empty-mirror/pool/main/g/git"), e.getMessage());
        log.clear();
        assertThrows(BuildException.class, () -> fetch(List.of(new AptDownloadSource(List.of(fakeApt.toString()))),
                DebFixtures.sha256("x".getBytes()), Map.of()));
        assertTrue(log.stream().noneMatch(l -> l.contains("apt-get")), "no attributes, no apt: " + log);
    }

    /**
     * A fake apt-get that records each run's arguments in {@code runs} and writes, for each NAME=VERSION, the file
     * apt would (content "NAME from apt"); with {@code failBatches}, a run of several packages fails.
     */
    Path fakeApt(boolean failBatches) throws Exception {
        Path fake = tmp.resolve("apt-get");
        Files.writeString(fake, """
                #!/bin/sh
                shift
                echo "$*" >> %s
                %s
                for spec in "$@"; do
                    name=${spec%%%%=*}; version=$(echo "${spec#*=}" | sed 's/:/%%3a/')
                    printf '%%s from apt' "$name" > "${name}_${version}_amd64.deb"
                done
                """.formatted(tmp.resolve("runs"), failBatches ? "[ $# -gt 1 ] && exit 100" : ""), StandardCharsets.UTF_8);
        assertTrue(fake.toFile().setExecutable(true));
        return fake;
    }

    /** Realises one fetch per package of {@code packages} (name → version) in one realisation; the outputs' texts. */
    List<String> fetchAll(List<LocalSource> sources, Map<String, String> packages) throws Exception {
        LocalStore store = new LocalStore(StoreDirectory.DEFAULT, tmp.resolve("store-" + log.size()));
        Files.createDirectories(tmp.resolve("empty-mirror"));
        FetchurlBuilder fetchurl = new FetchurlBuilder(Downloader.standard(),
                Map.of("debian", List.of(tmp.resolve("empty-mirror").toUri().toString())), sources);
        Realiser realiser = new Realiser(store, Builders.of(List.of(fetchurl)), BuildOptions.defaults(), event -> {
            switch (event) {
                case org.nixj.build.BuildEvent.Log line -> log.add(line.line());
                case org.nixj.build.BuildEvent.Prepared line -> log.add(line.builder() + ": " + line.line());
                default -> { }
            }
        });
        List<BuildGoal> goals = new ArrayList<>();
        for (Map.Entry<String, String> p : new java.util.TreeMap<>(packages).entrySet()) {
            String file = p.getKey() + "_" + p.getValue().replaceFirst("^[0-9]+:", "") + "_amd64.deb";
            goals.add(BuildGoal.allOutputs(DebFixtures.fetchurl(store, file, "mirror://debian/pool/main/x/" + file,
                    DebFixtures.sha256((p.getKey() + " from apt").getBytes()),
                    Map.of(AptDownloadSource.PACKAGE, p.getKey(), AptDownloadSource.VERSION, p.getValue()))));
        }
        List<String> texts = new ArrayList<>();
        for (var outputs : realiser.realise(goals).values()) {
            texts.add(Files.readString(store.physical(outputs.get("out"))));
        }
        return texts;
    }

    @Test
    void theDebianPackagesOfARealisationAreDownloadedByOneAptGetRun() throws Exception {
        Path cache = Files.createDirectories(tmp.resolve("cache"));
        Files.writeString(cache.resolve("jq_1.6-2.1_amd64.deb"), "jq from apt");
        List<LocalSource> sources = List.of(new DebFolderSource(List.of(cache)), new AptDownloadSource(List.of(fakeApt(false).toString())));
        List<String> texts = fetchAll(sources, Map.of("git", "1:2.39.5-0+deb12u3", "jq", "1.6-2.1", "tmux", "3.3a-3"));
        assertEquals(List.of("git from apt", "jq from apt", "tmux from apt"), texts);
        // jq was in the folder: only the others were asked of apt, in one run.
        assertEquals(List.of("git=1:2.39.5-0+deb12u3 tmux=3.3a-3"), Files.readAllLines(tmp.resolve("runs")));
        assertTrue(log.contains("fetchurl: fetching 2 Debian packages with one apt-get download"), log.toString());
    }

    @Test
    void whenTheJointRunFailsEachPackageIsDownloadedOnItsOwn() throws Exception {
        List<String> texts = fetchAll(List.of(new AptDownloadSource(List.of(fakeApt(true).toString()))),
                Map.of("git", "1:2.39.5-0+deb12u3", "tmux", "3.3a-3"));
        assertEquals(List.of("git from apt", "tmux from apt"), texts);
        List<String> runs = Files.readAllLines(tmp.resolve("runs"));
        assertEquals("git=1:2.39.5-0+deb12u3 tmux=3.3a-3", runs.getFirst());
        assertEquals(List.of("git=1:2.39.5-0+deb12u3", "tmux=3.3a-3"), runs.subList(1, runs.size()).stream().sorted().toList());
        assertTrue(log.contains("fetchurl: apt-get download 2 packages failed (exit status 100)"), log.toString());
    }

    @Test
    void theDefaultMirrorsPutTheSnapshotArchiveFirstAndSecurityFilesInTheirArchive() {
        assertEquals(List.of("https://snapshot.debian.org/archive/debian-security/20250520T000000Z/",
                "https://deb.debian.org/debian-security/"), DebianMirrors.of("20250520T000000Z").get("debian-security"));
        assertEquals("mirror://debian-security/pool/updates/main/o/openssl/libssl3_3.0.17-1~deb12u2_amd64.deb",
                DebianMirrors.url("pool/updates/main/o/openssl/libssl3_3.0.17-1~deb12u2_amd64.deb"));
        assertEquals(URL, DebianMirrors.url("pool/main/g/git/git_2.39.5-0+deb12u3_amd64.deb"));
    }
}
