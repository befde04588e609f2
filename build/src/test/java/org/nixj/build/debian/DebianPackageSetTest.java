package org.nixj.build.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.build.BuildGoal;
import org.nixj.build.BuildOptions;
import org.nixj.build.Builders;
import org.nixj.build.Realiser;
import org.nixj.build.builder.FetchurlBuilder;
import org.nixj.build.builder.Ownership;
import org.nixj.build.builder.LocalSource;
import org.nixj.eval.EvalIO;
import org.nixj.eval.EvalSettings;
import org.nixj.eval.Evaluator;
import org.nixj.fetch.Downloader;
import org.nixj.source.Source;
import org.nixj.store.LocalStore;
import org.nixj.store.StoreDirectory;
import org.nixj.store.StorePath;
import org.nixj.testsupport.NixOracle;

/**
 * modules-lib's Debian package set ({@code pkgs/debian/default.nix} over the bundled pin file): its derivations
 * evaluate in nixj to the paths Nix gives, and one package builds from the host's apt cache through the realiser.
 */
class DebianPackageSetTest {
    static final Path PACKAGE_SET = Path.of("../modules-lib/src/main/nix/pkgs/debian").toAbsolutePath().normalize();

    /** Each package's name, drvPath, the .deb's drvPath and outPath, as JSON. */
    static final String QUERY = "let p = import " + PACKAGE_SET + " { }; in builtins.map (n: { inherit n; "
            + "drv = p.${n}.drvPath; deb = p.${n}.deb.drvPath; out = p.${n}.outPath; name = p.${n}.name; }) "
            + "(builtins.attrNames p)";

    @TempDir
    Path tmp;

    Evaluator evaluator(Path storeRoot) {
        return Evaluator.builder().settings(EvalSettings.builder().build())
                .io(EvalIO.system(storeRoot, new PrintStream(OutputStream.nullOutputStream()))).build();
    }

    JsonArray evaluate(Evaluator nix, String expression) {
        return JsonParser.parseString(nix.toJson(nix.evaluate(Source.ofExpression(expression, tmp.toString())), true,
                false)).getAsJsonArray();
    }

    /** Whether the host's apt lists have {@code nameAndVersion} ({@code apt-cache show} finds it). */
    static boolean aptKnows(String nameAndVersion) throws Exception {
        Process process = new ProcessBuilder("apt-cache", "show", nameAndVersion).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor() == 0;
    }

    @Test
    void everyPinnedPackageEvaluatesToADerivationAsNixComputesIt() {
        JsonArray packages = evaluate(evaluator(tmp.resolve("store")), QUERY);
        assertTrue(packages.size() > 200, "the pin file has the rescue ISO's packages: " + packages.size());
        for (JsonElement element : packages) {
            JsonObject pkg = element.getAsJsonObject();
            assertTrue(pkg.get("drv").getAsString().matches("/nix/store/[0-9a-z]{32}-" + java.util.regex.Pattern.quote(
                    pkg.get("name").getAsString()) + "\\.drv"), pkg.toString());
            assertTrue(pkg.get("name").getAsString().matches("[A-Za-z0-9+\\-._?=]+"), pkg.toString());
        }
        if (NixOracle.installed()) {
            NixOracle.Output nix = NixOracle.instantiate().eval().strict().json().readWriteMode()
                    .expression(QUERY).timeout(java.time.Duration.ofMinutes(3)).run();
            assertEquals(0, nix.exitCode(), nix.stderrUtf8());
            assertEquals(JsonParser.parseString(nix.stdoutUtf8()), packages, "the same derivations as Nix");
        }
    }

    @Test
    void aPackageBuildsFromTheAptCacheThroughTheRealiser() throws Exception {
        Path storeRoot = tmp.resolve("store");
        Evaluator nix = evaluator(storeRoot);
        JsonObject passwd = evaluate(nix, "let p = import " + PACKAGE_SET + " { }; in [ { drv = "
                + "p.passwd.drvPath; file = baseNameOf p.passwd.debian.filename; version = p.passwd.version; } ]")
                .get(0).getAsJsonObject();
        String poolName = passwd.get("file").getAsString();
        DebianVersion version = DebianVersion.parse(passwd.get("version").getAsString());
        String aptName = poolName.replaceFirst("_", "_" + version.epoch() + "%3a");
        List<LocalSource> sources = new ArrayList<>(List.of(new DebFolderSource(List.of(DebFolderSource.APT_ARCHIVES))));
        boolean cached = Files.exists(DebFolderSource.APT_ARCHIVES.resolve(poolName))
                || Files.exists(DebFolderSource.APT_ARCHIVES.resolve(aptName));
        // Without it in the cache, the host's apt may still have this version in its lists (CI runs apt-get update).
        Optional<AptDownloadSource> apt = AptDownloadSource.host();
        boolean aptHasIt = !cached && apt.isPresent() && aptKnows("passwd=" + version);
        apt.filter(a -> aptHasIt).ifPresent(sources::add);
        Assumptions.assumeTrue(cached || aptHasIt, "the pinned passwd .deb (" + poolName + " or " + aptName
                + ") is neither in " + DebFolderSource.APT_ARCHIVES + " nor in apt's lists");

        Files.createDirectories(tmp.resolve("no-mirror"));
        String nowhere = tmp.resolve("no-mirror").toUri().toString();
        LocalStore store = new LocalStore(StoreDirectory.DEFAULT, storeRoot);
        Realiser realiser = new Realiser(store, Builders.of(List.of(
                new FetchurlBuilder(Downloader.standard(), Map.of(DebianMirrors.DEBIAN, List.of(nowhere),
                        DebianMirrors.DEBIAN_SECURITY, List.of(nowhere)), sources),
                new UnpackDebBuilder())), BuildOptions.defaults(), event -> { });
        // The evaluator writes a .drv file (after those it refers to) when it is first read.
        assertTrue(nix.readFileIfExists(passwd.get("drv").getAsString()).isPresent());
        StorePath drv = store.directory().parse(passwd.get("drv").getAsString());
        StorePath out = realiser.realise(List.of(BuildGoal.allOutputs(drv))).get(BuildGoal.allOutputs(drv)).get("out");

        Path tree = store.physical(out);
        assertTrue(Files.isExecutable(tree.resolve("usr/bin/passwd")));
        assertTrue(Files.readString(tree.resolve("nix-support/debian/control")).startsWith("Package: passwd\n"));
        List<Ownership> ownership = Ownership.read(tree);
        assertTrue(ownership.contains(new Ownership("usr/bin/chage", 02755, 0, 42)), ownership.toString());
        assertTrue(ownership.contains(new Ownership("usr/bin/passwd", 04755, 0, 0)), ownership.toString());
        assertTrue(store.isValid(out));
    }
}
