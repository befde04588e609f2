package org.nixj.build.image;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The boot menu of a live medium, as NixOS's ISO has it: the system's entry, then the same with extra kernel
 * parameters for machines that need them. Written for isolinux (BIOS) and for systemd-boot (UEFI).
 *
 * @param label the main entry's title ({@code NixOS 24.11 Installer})
 * @param kernelParameters the kernel command line of the main entry
 * @param timeout seconds before the default entry boots; empty waits for the user ({@code boot.loader.timeout =
 *     null})
 */
record BootMenu(String label, String kernelParameters, OptionalInt timeout) {
    /** A menu entry: an id (file and label name), the title suffix and the extra parameters. */
    private record Entry(String id, String suffix, String extra) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry("nixos", "", ""),
            new Entry("nixos-nomodeset", " (nomodeset)", "nomodeset"),
            new Entry("nixos-copytoram", " (copytoram)", "copytoram"),
            new Entry("nixos-debug", " (debug)", "debug"),
            new Entry("nixos-serial", " (serial console=ttyS0,115200n8)", "console=ttyS0,115200n8"));

    private String parameters(Entry entry) {
        return entry.extra().isEmpty() ? kernelParameters : kernelParameters + " " + entry.extra();
    }

    /** {@code isolinux.cfg}: serial console on the first port, menu.c32, one LABEL per entry. */
    String isolinux(String kernel, String initrd) {
        StringBuilder cfg = new StringBuilder()
                .append("SERIAL 0 115200\n")
                // isolinux counts tenths of a second, and 0 means waiting.
                .append("TIMEOUT ").append(timeout.isEmpty() ? 0 : Math.max(timeout.getAsInt() * 10, 1)).append('\n')
                .append("UI menu.c32\n")
                .append("MENU TITLE ").append(label).append('\n')
                .append("DEFAULT nixos\n");
        for (Entry entry : ENTRIES) {
            cfg.append('\n')
                    .append("LABEL ").append(entry.id()).append('\n')
                    .append("  MENU LABEL ").append(label).append(entry.suffix()).append('\n')
                    .append("  LINUX ").append(kernel).append('\n')
                    .append("  APPEND ").append(parameters(entry)).append('\n')
                    .append("  INITRD ").append(initrd).append('\n');
        }
        return cfg.toString();
    }

    /** systemd-boot's {@code loader/loader.conf}. */
    String loaderConf() {
        String wait = timeout.isEmpty() ? "menu-force" : String.valueOf(timeout.getAsInt());
        return "timeout " + wait + "\ndefault nixos.conf\nconsole-mode keep\n";
    }

    /** One systemd-boot entry: its file name under {@code loader/entries} and its text. */
    record LoaderEntry(String fileName, String text) {}

    /** systemd-boot's entries, the main one as {@code nixos.conf}. */
    List<LoaderEntry> loaderEntries(String kernel, String initrd) {
        List<LoaderEntry> files = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            files.add(new LoaderEntry(entry.id() + ".conf",
                    "title " + label + entry.suffix() + "\nlinux " + kernel + "\ninitrd " + initrd + "\noptions " + parameters(entry) + "\n"));
        }
        return files;
    }
}
