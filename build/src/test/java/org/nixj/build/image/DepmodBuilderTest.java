package org.nixj.build.image;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DepmodBuilderTest {
    @TempDir
    Path tmp;

    @Test
    void modulesDepListsEachModuleBeforeWhatItNeedsSoThatLoadingBackwardsWorks() throws Exception {
        // As in Debian's kernel: wireguard needs curve25519-x86_64 and libcurve25519-generic, and the first
        // needs the second too, so the second must be loaded first whichever wireguard names first.
        ImageFixture fixture = new ImageFixture(tmp);
        String kernel = fixture.kernel("6.1.0-test", Map.of(
                "net/wireguard", List.of("depends=libcurve25519-generic,curve25519-x86_64,udp_tunnel", "name=wireguard"),
                "crypto/curve25519-x86_64", List.of("depends=libcurve25519-generic", "name=curve25519_x86_64"),
                "lib/libcurve25519-generic", List.of("depends=", "name=libcurve25519_generic"),
                "net/udp_tunnel", List.of("depends=", "name=udp_tunnel")));
        JsonObject attributes = new JsonObject();
        attributes.addProperty("kernel", kernel);
        Path out = fixture.build(new DepmodBuilder(), "kernel-modules-index", attributes);

        String dep = Files.readString(out.resolve("lib/modules/6.1.0-test/modules.dep"));
        String wireguard = dep.lines().filter(line -> line.startsWith("kernel/net/wireguard.ko:")).findFirst().orElseThrow();
        int x86 = wireguard.indexOf("curve25519-x86_64.ko");
        int generic = wireguard.indexOf("libcurve25519-generic.ko");
        assertTrue(x86 > 0 && generic > x86, "loaded backwards, the generic library comes first: " + wireguard);
        assertTrue(dep.contains("kernel/crypto/curve25519-x86_64.ko: kernel/lib/libcurve25519-generic.ko\n"), dep);
    }
}
