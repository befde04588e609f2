package org.nixj.cli.image;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nixj.image.iso.IsoOptions;
import org.nixj.image.iso.IsoWriter;
import org.nixj.image.tree.Ownership;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nixj image iso}: an ISO 9660 image, optionally bootable (BIOS and UEFI) and hybrid. */
@Command(name = "iso", description = {
    "Write an ISO 9660 level-3 image with Rock Ridge and Joliet; with --bios-boot/--efi-boot an El Torito",
    "bootable one, with --isohybrid-mbr/--gpt one that also boots from a disk, as NixOS's live ISO does.",
    "Rock Ridge modes are normalised like xorriso -r (r-x or r--, owner root) unless --keep-modes."})
final class IsoCommand implements Callable<Integer> {
    @Mixin
    TreeOptions tree;

    @Option(names = "--volume-id", paramLabel = "ID", defaultValue = "NIXJ", description = "Volume id, at most 32 characters (default: ${DEFAULT-VALUE}).")
    String volumeId;

    @Option(names = "--publisher", paramLabel = "TEXT", defaultValue = "", description = "Publisher id.")
    String publisher;

    @Option(names = "--application-id", paramLabel = "TEXT", defaultValue = "", description = "Application id.")
    String application;

    @Option(names = "--bios-boot", paramLabel = "PATH", description = "Path in the image of the BIOS boot file (e.g. isolinux/isolinux.bin): "
            + "no emulation, load size 4, boot-info-table.")
    String biosBoot;

    @Option(names = "--efi-boot", paramLabel = "PATH", description = "Path in the image of the UEFI FAT image (e.g. boot/efi.img).")
    String efiBoot;

    @Option(names = "--boot-catalog", paramLabel = "PATH", defaultValue = ".boot.cat", description = "Where the El Torito catalog appears (default: ${DEFAULT-VALUE}).")
    String catalog;

    @Option(names = "--isohybrid-mbr", paramLabel = "FILE", description = "syslinux's isohdpfx.bin, for an MBR that boots the image from a disk.")
    Path mbr;

    @Option(names = "--gpt", description = "Add a hybrid GPT (ISO and EFI image as Basic Data partitions).")
    boolean gpt;

    @Option(names = "--no-joliet", description = "Leave out the Joliet tree.")
    boolean noJoliet;

    @Option(names = "--keep-modes", description = "Keep modes and owners in Rock Ridge instead of normalising them.")
    boolean keepModes;

    @Override
    public Integer call() throws Exception {
        IsoOptions o = IsoOptions.plain(volumeId, tree.epoch())
                .withIds(publisher, application)
                .withBoot(Optional.ofNullable(biosBoot), catalog, Optional.ofNullable(efiBoot))
                .withHybrid(Optional.ofNullable(mbr), gpt)
                .withRockRidge(!keepModes, !noJoliet);
        if (mbr != null && biosBoot == null) {
            throw tree.usage("--isohybrid-mbr needs --bios-boot (the MBR code loads the BIOS boot file)");
        }
        new IsoWriter(o).write(tree.tree(Ownership.KEEP_ALL), tree.output);
        return 0;
    }
}
