package org.nixj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A NixOS configuration's {@code /etc} built by {@code nixj build}: {@code environment.etc}, the units of
 * {@code /etc/systemd/system} and the packages' own {@code /etc} files together. Packages stand in for Debian's
 * (small trees with the files that matter), given by an overlay, so the test needs no download.
 */
class NixosEtcBuildTest {
    @TempDir
    static Path dir;

    static Path store;
    static Path etc;

    @BeforeAll
    static void buildEtc() throws IOException {
        store = dir.resolve("store");
        Path file = dir.resolve("system.nix");
        Files.writeString(file, """
                let
                  tree = pkgs: name: entries: pkgs.nixjTree { inherit name entries; };
                  standIns = self: super: {
                    bash = tree super "bash" [ { path = "bin/bash"; text = ""; } ];
                    bashInteractive = tree super "bash-interactive" [ { path = "bin/bash"; text = ""; } ] // { shellPath = "/bin/bash"; };
                    shadow = tree super "shadow" [ { path = "sbin/nologin"; text = ""; } ] // { shellPath = "/sbin/nologin"; };
                    base-files = tree super "base-files" [ { path = "usr/share/base-files/profile"; text = "# Debian's profile\\n"; } ];
                    login = tree super "login" [
                      { path = "etc/login.defs"; text = "UMASK 022\\n"; }
                      { path = "etc/pam.d/login"; text = "@include common-auth\\n"; }
                    ];
                    systemd = tree super "systemd" [
                      { path = "lib/systemd/systemd"; text = ""; }
                      { path = "lib/systemd/system/getty@.service"; text = "[Service]\\n"; }
                      { path = "lib/systemd/system/systemd-networkd.service"; text = "[Service]\\n"; }
                      { path = "lib/systemd/system/multi-user.target"; text = "[Unit]\\n"; }
                      { path = "etc/systemd/journald.conf"; text = "[Journal]\\n"; }
                      { path = "etc/systemd/system/stray.service"; text = "[Service]\\n"; }
                      { path = "etc/issue"; text = "Debian GNU/Linux 12\\n"; }
                    ];
                    openssh-server = tree super "openssh-server" [ { path = "etc/ssh/moduli"; text = "# moduli\\n"; } ];
                  };
                  system = import <nixpkgs/nixos/lib/eval-config.nix> {
                    system = "x86_64-linux";
                    modules = [ ({ lib, ... }: {
                      nixpkgs.overlays = [ standIns ];
                      environment.defaultPackages = [ ];
                      system.debian.requiredPackages = lib.mkForce [ "systemd" "login" "base-files" ];
                      networking.hostName = "rescue";
                      services.getty.autologinUser = "root";
                      services.openssh.enable = true;
                      users.users.root.openssh.authorizedKeys.keys = [ "ssh-ed25519 AAAA root@test" ];
                      systemd.services.systemd-networkd.serviceConfig.Restart = "always";
                      systemd.services.rescue = { wantedBy = [ "rescue-ready.target" ]; serviceConfig.ExecStart = "/bin/true"; };
                      systemd.targets.multi-user.wants = [ "rescue-ready.target" ];
                      systemd.targets.rescue-ready.description = "Rescue ready";
                    }) ];
                  };
                in system.config.system.build.etc
                """);
        Path link = dir.resolve("result");
        CliRun r = CliRun.run("build", "--store", store.toString(), "-f", file.toString(), "-o", link.toString());
        assertEquals(0, r.exitCode(), r.err());
        etc = link.resolve("etc");
    }

    /**
     * Where a file of /etc is on disk: links on the way (and at the end, with {@code followLast}) are followed,
     * their logical {@code /nix/store/…} targets into the test's store.
     */
    static Path locate(String path, boolean followLast) throws IOException {
        Path file = etc;
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length; i++) {
            file = file.resolve(parts[i]);
            while ((followLast || i < parts.length - 1) && Files.isSymbolicLink(file)) {
                String target = Files.readSymbolicLink(file).toString();
                file = target.startsWith("/nix/store/") ? store.resolve(target.substring("/nix/store/".length())) : file.resolveSibling(target);
            }
        }
        return file;
    }

    static String read(String path) throws IOException {
        return Files.readString(locate(path, true));
    }

    static Path linkTarget(String path) throws IOException {
        return Files.readSymbolicLink(locate(path, false));
    }

    static boolean exists(String path) throws IOException {
        return Files.exists(locate(path, false), LinkOption.NOFOLLOW_LINKS);
    }

    @Test
    void theConfigurationsFilesWinOverThePackagesAndThePackagesFillTheRest() throws IOException {
        assertEquals("rescue\n", read("hostname"));
        assertTrue(read("issue").contains("Welcome to NixOS"), "services.getty's /etc/issue, not Debian's");
        assertEquals("UMASK 022\n", read("login.defs"));
        assertTrue(read("pam.d/login").startsWith("# Account management.\naccount required pam_unix.so # unix (order 10900)\n"),
                "security.pam's login service, not the package's");
        assertTrue(read("pam.d/common-auth").contains("pam_unix.so"));
        assertTrue(read("profile").contains(". /etc/set-environment"), "programs.bash's profile, not base-files'");
        assertEquals("# moduli\n", read("ssh/moduli"));
        assertTrue(read("ssh/sshd_config").contains("AuthorizedKeysFile %h/.ssh/authorized_keys /etc/ssh/authorized_keys.d/%u\n"));
        assertEquals("ssh-ed25519 AAAA root@test\n", read("ssh/authorized_keys.d/root"));
        assertTrue(read("systemd/journald.conf").startsWith("[Journal]\nStorage=persistent\n"), "services.journald's, not systemd's");
    }

    @Test
    void machineIdIsAnEmptyCopyAndTheGptGeneratorIsMasked() throws IOException {
        Path machineId = locate("machine-id", false);
        assertTrue(Files.isRegularFile(machineId, LinkOption.NOFOLLOW_LINKS));
        assertEquals(0, Files.size(machineId));
        assertEquals(Path.of("/dev/null"), linkTarget("systemd/system-generators/systemd-gpt-auto-generator"));
        assertEquals(Path.of("/usr/bin/gawk"), linkTarget("alternatives/awk"));
    }

    @Test
    void theUnitsFolderHasUnitsDropInsAndLinks() throws IOException {
        assertTrue(read("systemd/system/sshd.service").contains("ExecStart=/usr/sbin/sshd -D -f /etc/ssh/sshd_config\n"));
        assertEquals(Path.of("../sshd.service"), linkTarget("systemd/system/multi-user.target.wants/sshd.service"));
        assertTrue(read("systemd/system/getty@.service.d/overrides.conf").contains("--autologin root"));
        assertTrue(read("systemd/system/systemd-networkd.service.d/overrides.conf").contains("Restart=always\n"),
                "a unit the systemd package has becomes a drop-in");
        assertFalse(exists("systemd/system/systemd-networkd.service"));
        assertEquals(Path.of("/lib/systemd/system/multi-user.target"), linkTarget("systemd/system/default.target"),
                "the default unit is Debian's, with the configuration's drop-in");
        assertTrue(read("systemd/system/multi-user.target.d/overrides.conf").contains("Wants=rescue-ready.target\n"));
        assertTrue(read("systemd/system/rescue-ready.target").contains("Description=Rescue ready\n"));
        assertEquals(Path.of("../rescue.service"), linkTarget("systemd/system/rescue-ready.target.wants/rescue.service"));
        assertFalse(exists("systemd/system/stray.service"),
                "the package's files under /etc/systemd/system are not merged into the configuration's units");
    }
}
