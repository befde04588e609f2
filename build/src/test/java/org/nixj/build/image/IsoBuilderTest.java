package org.nixj.build.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nixj.build.BuildException;

class IsoBuilderTest {
    @TempDir
    Path tmp;
    ImageFixture fixture;
    JsonObject attributes;

    @BeforeEach
    void inputs() throws Exception {
        fixture = new ImageFixture(tmp);
        String kernel = fixture.kernel("6.1.0-test", Map.of("fs/isofs", List.of("depends=", "name=isofs")));
        String initrd = fixture.add("initrd", root -> Files.writeString(root.resolve("initrd"), "an initrd"));
        String squashfs = fixture.add("nix-store.squashfs", root -> Files.writeString(root.resolve("image"), "a squashfs"));
        String version = fixture.add("version", root -> Files.writeString(root.resolve("version.txt"), "26.11"));
        String isolinux = fixture.add("isolinux-6.04", root -> {
            Files.createDirectories(root.resolve("usr/lib/ISOLINUX"));
            // isolinux.bin: the boot-info-table area the writer patches, and the isohybrid signature at 0x40.
            byte[] bin = new byte[4096];
            ByteBuffer.wrap(bin).order(ByteOrder.LITTLE_ENDIAN).putInt(0x40, 0x7078c0fb);
            Files.write(root.resolve("usr/lib/ISOLINUX/isolinux.bin"), bin);
            Files.write(root.resolve("usr/lib/ISOLINUX/isohdpfx.bin"), new byte[432]);
        });
        String syslinux = fixture.add("syslinux-common-6.04", root -> {
            Path modules = Files.createDirectories(root.resolve("usr/lib/syslinux/modules/bios"));
            for (String module : List.of("ldlinux.c32", "menu.c32", "libutil.c32", "libcom32.c32")) {
                Files.writeString(modules.resolve(module), module);
            }
        });
        String systemdBoot = fixture.add("systemd-boot-efi-252", root -> {
            Files.createDirectories(root.resolve("usr/lib/systemd/boot/efi"));
            Files.writeString(root.resolve("usr/lib/systemd/boot/efi/systemd-bootx64.efi"), "MZ systemd-boot");
        });
        attributes = new JsonObject();
        attributes.addProperty("isoName", "nixos-26.11-x86_64-linux.iso");
        attributes.addProperty("volumeID", "NIXOS_TEST");
        attributes.addProperty("kernel", kernel);
        attributes.addProperty("initrd", initrd + "/initrd");
        attributes.addProperty("squashfs", squashfs + "/image");
        attributes.addProperty("toplevel", "/nix/store/00000000000000000000000000000000-nixos-system");
        attributes.add("kernelParams", InitrdBuilderTest.strings(List.of("boot.shell_on_fail", "loglevel=4")));
        JsonArray contents = new JsonArray();
        JsonObject entry = new JsonObject();
        entry.addProperty("source", version + "/version.txt");
        entry.addProperty("target", "/version.txt");
        contents.add(entry);
        attributes.add("contents", contents);
        attributes.addProperty("bios", true);
        attributes.addProperty("efi", true);
        attributes.addProperty("usb", true);
        attributes.addProperty("isolinux", isolinux);
        attributes.addProperty("syslinux", syslinux);
        attributes.addProperty("systemdBoot", systemdBoot);
        attributes.addProperty("menuLabel", "NixOS 26.11 Installer");
        attributes.addProperty("timeout", 10);
    }

    @Test
    void theImageBootsBothWaysFromCdAndDiskWithTheMenus() throws Exception {
        ImageFixture.require("xorriso", "isoinfo", "mdir", "mtype");
        Path out = fixture.build(new IsoBuilder(), "iso", attributes);
        Path iso = out.resolve("iso/nixos-26.11-x86_64-linux.iso");
        assertEquals("file iso " + fixture.outputOf("iso") + "/iso/nixos-26.11-x86_64-linux.iso\n",
                Files.readString(out.resolve("nix-support/hydra-build-products")));

        String info = ImageFixture.run("isoinfo", "-d", "-i", iso.toString());
        assertTrue(info.contains("Volume id: NIXOS_TEST"), info);
        String elTorito = ImageFixture.run("xorriso", "-indev", iso.toString(), "-report_el_torito", "plain", "-report_system_area", "plain");
        assertTrue(elTorito.matches("(?s).*El Torito boot img :\\s+1\\s+BIOS\\s+y\\s+none.*"), elTorito);
        assertTrue(elTorito.matches("(?s).*El Torito boot img :\\s+2\\s+UEFI\\s+y\\s+none.*"), elTorito);
        assertTrue(elTorito.contains("/isolinux/isolinux.bin") && elTorito.contains("/boot/efi.img"), elTorito);
        assertTrue(elTorito.contains("MBR") && elTorito.contains("GPT"), elTorito);

        Path x = tmp.resolve("x");
        ImageFixture.run("xorriso", "-osirrox", "on", "-indev", iso.toString(), "-extract", "/", x.toString());
        for (String file : List.of("boot/bzImage", "boot/initrd", "nix-store.squashfs", "version.txt", "isolinux/ldlinux.c32",
                "isolinux/menu.c32", "EFI/BOOT/BOOTX64.EFI", "loader/loader.conf", "loader/entries/nixos.conf")) {
            assertTrue(Files.isRegularFile(x.resolve(file)), file);
        }
        assertEquals("a kernel image", Files.readString(x.resolve("boot/bzImage")));
        assertEquals("a squashfs", Files.readString(x.resolve("nix-store.squashfs")));
        String params = "init=/nix/store/00000000000000000000000000000000-nixos-system/init root=LABEL=NIXOS_TEST boot.shell_on_fail loglevel=4";
        String cfg = Files.readString(x.resolve("isolinux/isolinux.cfg"));
        assertTrue(cfg.startsWith("SERIAL 0 115200\nTIMEOUT 100\nUI menu.c32\nMENU TITLE NixOS 26.11 Installer\nDEFAULT nixos\n"), cfg);
        assertTrue(cfg.contains("LABEL nixos\n  MENU LABEL NixOS 26.11 Installer\n  LINUX /boot/bzImage\n  APPEND " + params
                + "\n  INITRD /boot/initrd\n"), cfg);
        assertTrue(cfg.contains("  APPEND " + params + " nomodeset\n"), cfg);
        assertEquals("title NixOS 26.11 Installer\nlinux /boot/bzImage\ninitrd /boot/initrd\noptions " + params + "\n",
                Files.readString(x.resolve("loader/entries/nixos.conf")));

        String efi = x.resolve("boot/efi.img").toString();
        assertTrue(ImageFixture.run("mdir", "-i", efi, "::/EFI/BOOT").contains("BOOTX64  EFI"));
        assertEquals("MZ systemd-boot", ImageFixture.run("mtype", "-i", efi, "::/EFI/BOOT/BOOTX64.EFI"));
        assertEquals("an initrd", ImageFixture.run("mtype", "-i", efi, "::/boot/initrd"));
        assertEquals("timeout 10\ndefault nixos.conf\nconsole-mode keep\n", ImageFixture.run("mtype", "-i", efi, "::/loader/loader.conf"));
    }

    @Test
    void specialisationsGetEntriesBootingTheirOwnSystem() throws Exception {
        ImageFixture.require("xorriso", "mtype");
        String initrd = fixture.add("gnome-initrd", root -> Files.writeString(root.resolve("initrd"), "the gnome initrd"));
        JsonObject gnome = new JsonObject();
        gnome.addProperty("name", "gnome");
        gnome.addProperty("menuLabel", "NixOS 26.11 Installer (GNOME)");
        gnome.addProperty("toplevel", "/nix/store/11111111111111111111111111111111-nixos-system");
        gnome.addProperty("kernel", attributes.get("kernel").getAsString());
        gnome.addProperty("initrd", initrd + "/initrd");
        gnome.add("kernelParams", InitrdBuilderTest.strings(List.of("quiet")));
        JsonArray specialisations = new JsonArray();
        specialisations.add(gnome);
        attributes.add("specialisations", specialisations);
        attributes.addProperty("hideConfiguration", true);
        Path iso = fixture.build(new IsoBuilder(), "iso-spec", attributes).resolve("iso/nixos-26.11-x86_64-linux.iso");
        Path x = tmp.resolve("x-spec");
        ImageFixture.run("xorriso", "-osirrox", "on", "-indev", iso.toString(), "-extract", "/", x.toString());

        // The hidden configuration has no entry; the specialisation's is the default, with its own initrd (its kernel
        // is the configuration's, so it is not stored twice) and the medium's label as root.
        String params = "init=/nix/store/11111111111111111111111111111111-nixos-system/init root=LABEL=NIXOS_TEST quiet";
        String cfg = Files.readString(x.resolve("isolinux/isolinux.cfg"));
        assertTrue(cfg.contains("MENU TITLE NixOS 26.11 Installer\nDEFAULT nixos-gnome\n"), cfg);
        assertTrue(!cfg.contains("LABEL nixos\n"), cfg);
        assertTrue(cfg.contains("LABEL nixos-gnome\n  MENU LABEL NixOS 26.11 Installer (GNOME)\n  LINUX /boot/bzImage\n  APPEND "
                + params + "\n  INITRD /boot/specialisation/gnome/initrd\n"), cfg);
        assertTrue(cfg.contains("LABEL nixos-gnome-debug\n  MENU LABEL NixOS 26.11 Installer (GNOME) (debug)\n"), cfg);
        assertEquals("the gnome initrd", Files.readString(x.resolve("boot/specialisation/gnome/initrd")));
        assertTrue(!Files.exists(x.resolve("boot/specialisation/gnome/bzImage")));
        String efi = x.resolve("boot/efi.img").toString();
        assertEquals("timeout 10\ndefault nixos-gnome.conf\nconsole-mode keep\n", ImageFixture.run("mtype", "-i", efi, "::/loader/loader.conf"));
        assertEquals("title NixOS 26.11 Installer (GNOME)\nlinux /boot/bzImage\ninitrd /boot/specialisation/gnome/initrd\noptions "
                + params + "\n", ImageFixture.run("mtype", "-i", efi, "::/loader/entries/nixos-gnome.conf"));
        assertEquals("the gnome initrd", ImageFixture.run("mtype", "-i", efi, "::/boot/specialisation/gnome/initrd"));
    }

    @Test
    void aMenuWithNothingToBootIsRefused() {
        attributes.addProperty("hideConfiguration", true);
        BuildException e = assertThrows(BuildException.class, () -> fixture.build(new IsoBuilder(), "iso-none", attributes));
        assertTrue(e.getMessage().contains("the medium would boot nothing"), e.getMessage());
    }

    @Test
    void twoBuildsGiveTheSameBytes() throws Exception {
        Path first = fixture.build(new IsoBuilder(), "iso-a", attributes);
        Path second = fixture.build(new IsoBuilder(), "iso-b", attributes);
        assertArrayEquals(Files.readAllBytes(first.resolve("iso/nixos-26.11-x86_64-linux.iso")),
                Files.readAllBytes(second.resolve("iso/nixos-26.11-x86_64-linux.iso")));
    }

    @Test
    void aCompressedImageIsTheImageAsOneZstdStream() throws Exception {
        ImageFixture.require("zstd", "isoinfo");
        attributes.addProperty("compressImage", true);
        attributes.addProperty("isoName", "nixos.iso.zst");
        Path out = fixture.build(new IsoBuilder(), "iso-zst", attributes);
        Path iso = tmp.resolve("nixos.iso");
        ImageFixture.run("zstd", "-q", "-d", out.resolve("iso/nixos.iso.zst").toString(), "-o", iso.toString());
        assertTrue(ImageFixture.run("isoinfo", "-d", "-i", iso.toString()).contains("Volume id: NIXOS_TEST"));
        assertEquals("file iso " + fixture.outputOf("iso-zst") + "/iso/nixos.iso.zst\n",
                Files.readString(out.resolve("nix-support/hydra-build-products")));
    }

    @Test
    void aPlainDataIsoNeedsNoBootLoaders() throws Exception {
        ImageFixture.require("xorriso");
        for (String loader : List.of("isolinux", "syslinux", "systemdBoot")) {
            attributes.remove(loader);
        }
        attributes.addProperty("bios", false);
        attributes.addProperty("efi", false);
        Path out = fixture.build(new IsoBuilder(), "iso-plain", attributes);
        String report = ImageFixture.run("xorriso", "-indev", out.resolve("iso/nixos-26.11-x86_64-linux.iso").toString(),
                "-report_el_torito", "plain");
        assertTrue(!report.contains("El Torito boot img"), report);
    }

    @Test
    void missingBootLoaderFilesAndLongVolumeIdsAreClearErrors() throws Exception {
        String empty = fixture.add("empty", root -> { });
        attributes.addProperty("systemdBoot", empty);
        BuildException e = assertThrows(BuildException.class, () -> fixture.build(new IsoBuilder(), "iso-no-efi", attributes));
        assertTrue(e.getMessage().contains("'" + empty + "' has no usr/lib/systemd/boot/efi/systemd-bootx64.efi"), e.getMessage());
        attributes.addProperty("volumeID", "A VOLUME ID THAT IS FAR TOO LONG FOR ISO");
        BuildException tooLong = assertThrows(BuildException.class, () -> fixture.build(new IsoBuilder(), "iso-long", attributes));
        assertTrue(tooLong.getMessage().contains("has 40 characters; ISO 9660 allows at most 32"), tooLong.getMessage());
    }
}
