package org.nixj.image.iso;

import java.nio.file.Path;
import java.util.Optional;
import org.nixj.image.io.ImageException;

/**
 * What an ISO image looks like beyond its tree.
 *
 * @param volumeId volume identifier (at most 32 printable ASCII characters)
 * @param publisherId publisher identifier (at most 128)
 * @param applicationId application identifier (at most 128)
 * @param biosBoot path in the tree of the BIOS no-emulation boot file (isolinux.bin), if any
 * @param bootCatalog path in the tree where the El Torito catalog appears (NixOS: {@code .boot.cat})
 * @param efiBoot path in the tree of the FAT image for UEFI, if any
 * @param isohybridMbr syslinux's {@code isohdpfx.bin}, for an MBR that boots from disk, if any
 * @param hybridGpt whether to add a GPT (with an MBR from {@code isohybridMbr} or a plain one)
 * @param joliet whether to add a Joliet tree
 * @param normaliseRockRidge apply {@code -r}'s normalisation of modes and owners
 * @param epoch the time for the volume dates (file dates come from the tree)
 * @param maxExtent the largest extent of a file; larger files become multi-extent (tests lower it)
 */
public record IsoOptions(String volumeId, String publisherId, String applicationId, Optional<String> biosBoot, String bootCatalog,
        Optional<String> efiBoot, Optional<Path> isohybridMbr, boolean hybridGpt, boolean joliet, boolean normaliseRockRidge,
        long epoch, long maxExtent) {
    /** The largest extent ECMA-119 allows that is a whole number of sectors: 4 GiB − 2 KiB. */
    public static final long MAX_EXTENT = 0xFFFFF800L;

    /** Checks the identifiers, naming the one that is wrong. */
    public IsoOptions validate() throws ImageException {
        check("volume id", volumeId, 32);
        check("publisher id", publisherId, 128);
        check("application id", applicationId, 128);
        if (maxExtent < 2048 || maxExtent % 2048 != 0 || maxExtent > MAX_EXTENT) {
            throw new ImageException("the maximum extent size must be a multiple of 2048 up to " + MAX_EXTENT);
        }
        return this;
    }

    private static void check(String what, String v, int max) throws ImageException {
        if (v.length() > max) {
            throw new ImageException("the " + what + " '" + v + "' has " + v.length() + " characters; ISO 9660 allows at most " + max);
        }
        for (char c : v.toCharArray()) {
            if (c < 0x20 || c > 0x7e) {
                throw new ImageException("the " + what + " '" + v + "' must be printable ASCII");
            }
        }
    }

    /** A plain data ISO with Rock Ridge (normalised) and Joliet, no boot. */
    public static IsoOptions plain(String volumeId, long epoch) {
        return new IsoOptions(volumeId, "", "", Optional.empty(), ".boot.cat", Optional.empty(), Optional.empty(), false,
                true, true, epoch, MAX_EXTENT);
    }

    public IsoOptions withIds(String publisher, String application) {
        return new IsoOptions(volumeId, publisher, application, biosBoot, bootCatalog, efiBoot, isohybridMbr, hybridGpt, joliet,
                normaliseRockRidge, epoch, maxExtent);
    }

    public IsoOptions withBoot(Optional<String> bios, String catalog, Optional<String> efi) {
        return new IsoOptions(volumeId, publisherId, applicationId, bios, catalog, efi, isohybridMbr, hybridGpt, joliet,
                normaliseRockRidge, epoch, maxExtent);
    }

    public IsoOptions withHybrid(Optional<Path> mbr, boolean gpt) {
        return new IsoOptions(volumeId, publisherId, applicationId, biosBoot, bootCatalog, efiBoot, mbr, gpt, joliet,
                normaliseRockRidge, epoch, maxExtent);
    }

    public IsoOptions withRockRidge(boolean normalise, boolean withJoliet) {
        return new IsoOptions(volumeId, publisherId, applicationId, biosBoot, bootCatalog, efiBoot, isohybridMbr, hybridGpt, withJoliet,
                normalise, epoch, maxExtent);
    }

    public IsoOptions withMaxExtent(long max) {
        return new IsoOptions(volumeId, publisherId, applicationId, biosBoot, bootCatalog, efiBoot, isohybridMbr, hybridGpt, joliet,
                normaliseRockRidge, epoch, max);
    }

    /** Whether the image has an El Torito catalog. */
    public boolean elTorito() {
        return biosBoot.isPresent() || efiBoot.isPresent();
    }
}
