package org.nixj.build.image;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The boot menu of a live medium, as NixOS's ISO has it: for each system it offers (the configuration itself
 * and its specialisations, in that order), the system's entry, then the same with extra kernel parameters for
 * machines that need them. The first entry boots by default. Written for isolinux (BIOS) and for systemd-boot
 * (UEFI).
 *
 * @param title the menu's title ({@code NixOS 24.11 Installer})
 * @param systems the systems offered, at least one
 * @param timeout seconds before the default entry boots; empty waits for the user ({@code boot.loader.timeout =
 *     null})
 */
record BootMenu(String title, List<BootSystem> systems, OptionalInt timeout) {
    /**
     * A system the menu boots.
     *
     * @param id the name its entries' ids start with ({@code nixos}, {@code nixos-gnome})
     * @param label its entries' title
     * @param kernelParameters its kernel command line
     * @param kernel the kernel image's path on the medium
     * @param initrd the initrd's path on the medium
     */
    record BootSystem(String id, String label, String kernelParameters, String kernel, String initrd) {}

    /** A variant of each system's entry: the id's and title's suffix and the extra parameters. */
    private record Variant(String id, String suffix, String extra) {}

    private static final List<Variant> VARIANTS = List.of(
            new Variant("", "", ""),
            new Variant("-nomodeset", " (nomodeset)", "nomodeset"),
            new Variant("-copytoram", " (copytoram)", "copytoram"),
            new Variant("-debug", " (debug)", "debug"),
            new Variant("-serial", " (serial console=ttyS0,115200n8)", "console=ttyS0,115200n8"));

    BootMenu {
        if (systems.isEmpty()) {
            throw new IllegalArgumentException("a boot menu needs a system");
        }
        systems = List.copyOf(systems);
    }

    /** An entry of the menu: its id, title, kernel, initrd and command line. */
    private record Entry(String id, String title, String kernel, String initrd, String parameters) {}

    private List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (BootSystem system : systems) {
            for (Variant variant : VARIANTS) {
                String parameters = variant.extra().isEmpty()
                        ? system.kernelParameters() : system.kernelParameters() + " " + variant.extra();
                entries.add(new Entry(system.id() + variant.id(), system.label() + variant.suffix(), system.kernel(),
                        system.initrd(), parameters));
            }
        }
        return entries;
    }

    /** {@code isolinux.cfg}: serial console on the first port, menu.c32, one LABEL per entry. */
    String isolinux() {
        StringBuilder cfg = new StringBuilder()
                .append("SERIAL 0 115200\n")
                // isolinux counts tenths of a second, and 0 means waiting.
                .append("TIMEOUT ").append(timeout.isEmpty() ? 0 : Math.max(timeout.getAsInt() * 10, 1)).append('\n')
                .append("UI menu.c32\n")
                .append("MENU TITLE ").append(title).append('\n')
                .append("DEFAULT ").append(systems.getFirst().id()).append('\n');
        for (Entry entry : entries()) {
            cfg.append('\n')
                    .append("LABEL ").append(entry.id()).append('\n')
                    .append("  MENU LABEL ").append(entry.title()).append('\n')
                    .append("  LINUX ").append(entry.kernel()).append('\n')
                    .append("  APPEND ").append(entry.parameters()).append('\n')
                    .append("  INITRD ").append(entry.initrd()).append('\n');
        }
        return cfg.toString();
    }

    /** systemd-boot's {@code loader/loader.conf}. */
    String loaderConf() {
        String wait = timeout.isEmpty() ? "menu-force" : String.valueOf(timeout.getAsInt());
        return "timeout " + wait + "\ndefault " + systems.getFirst().id() + ".conf\nconsole-mode keep\n";
    }

    /** One systemd-boot entry: its file name under {@code loader/entries} and its text. */
    record LoaderEntry(String fileName, String text) {}

    /** systemd-boot's entries, the default one as {@code <id>.conf}. */
    List<LoaderEntry> loaderEntries() {
        List<LoaderEntry> files = new ArrayList<>();
        for (Entry entry : entries()) {
            files.add(new LoaderEntry(entry.id() + ".conf", "title " + entry.title() + "\nlinux " + entry.kernel()
                    + "\ninitrd " + entry.initrd() + "\noptions " + entry.parameters() + "\n"));
        }
        return files;
    }
}
