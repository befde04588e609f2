package org.nixj.image.fat;

import org.nixj.image.io.Bytes;

/**
 * The boot sector with the BIOS parameter block and the extended boot record (FAT12/16: offsets 0-61;
 * FAT32: 0-89, with the FAT size, the root directory's first cluster and the FSInfo and backup boot
 * sector numbers), a boot stub that halts, and the 55 AA signature. On FAT32 {@code rootEntries} is 0: the
 * root directory is a cluster chain starting at {@link #FAT32_ROOT_CLUSTER}.
 */
public record BootSector(int sectorsPerCluster, int reservedSectors, int fatCount, int rootEntries, long totalSectors,
        int sectorsPerFat, long serial, String label, FatType type) {
    public static final int SECTOR = 512;
    public static final int MEDIA = 0xF8;
    /** FAT32: where the root directory starts, the FSInfo sector and the backup boot sector (mkfs.fat's values). */
    public static final int FAT32_ROOT_CLUSTER = 2;
    public static final int FAT32_FSINFO_SECTOR = 1;
    public static final int FAT32_BACKUP_SECTOR = 6;

    /** The 512 bytes of the sector. */
    public byte[] encode() {
        byte[] b = new byte[SECTOR];
        boolean fat32 = type == FatType.FAT32;
        int ext = fat32 ? 64 : 36; // where the extended boot record starts
        b[0] = (byte) 0xEB;
        b[1] = (byte) (ext + 26 - 2); // jump over the parameter block to the boot stub
        b[2] = (byte) 0x90;
        Bytes.putPadded(b, 3, 8, "NIXJ", (byte) ' ');
        Bytes.putLE16(b, 11, SECTOR);
        b[13] = (byte) sectorsPerCluster;
        Bytes.putLE16(b, 14, reservedSectors);
        b[16] = (byte) fatCount;
        Bytes.putLE16(b, 17, rootEntries);
        Bytes.putLE16(b, 19, totalSectors < 65536 ? (int) totalSectors : 0);
        b[21] = (byte) MEDIA;
        Bytes.putLE16(b, 22, fat32 ? 0 : sectorsPerFat);
        Bytes.putLE16(b, 24, 32); // sectors per track and heads: a conventional fake geometry
        Bytes.putLE16(b, 26, 64);
        Bytes.putLE32(b, 28, 0); // hidden sectors: the image is not inside a partitioned disk
        Bytes.putLE32(b, 32, totalSectors < 65536 ? 0 : totalSectors);
        if (fat32) {
            Bytes.putLE32(b, 36, sectorsPerFat);
            Bytes.putLE16(b, 40, 0); // flags: every FAT is a mirror
            Bytes.putLE16(b, 42, 0); // version 0.0
            Bytes.putLE32(b, 44, FAT32_ROOT_CLUSTER);
            Bytes.putLE16(b, 48, FAT32_FSINFO_SECTOR);
            Bytes.putLE16(b, 50, FAT32_BACKUP_SECTOR);
        }
        b[ext] = (byte) 0x80;
        b[ext + 2] = 0x29; // the next three fields are present
        Bytes.putLE32(b, ext + 3, serial);
        Bytes.putPadded(b, ext + 7, 11, label, (byte) ' ');
        Bytes.putPadded(b, ext + 18, 8, type.name(), (byte) ' ');
        // Boot code: cli; hlt; jmp back to hlt. This image is booted by firmware that reads files, never run.
        int code = ext + 26;
        b[code] = (byte) 0xFA;
        b[code + 1] = (byte) 0xF4;
        b[code + 2] = (byte) 0xEB;
        b[code + 3] = (byte) 0xFD;
        b[510] = 0x55;
        b[511] = (byte) 0xAA;
        return b;
    }

    /**
     * Parses a boot sector written by {@link #encode()} (or any FAT formatter). The type is the one the
     * cluster count gives, as the specification says, not the informational name in the boot record.
     */
    public static BootSector decode(byte[] b) {
        if ((b[510] & 0xff) != 0x55 || (b[511] & 0xff) != 0xAA) {
            throw new IllegalArgumentException("no 55 AA boot signature");
        }
        long total = Bytes.getLE16(b, 19);
        if (total == 0) {
            total = Bytes.getLE32(b, 32);
        }
        boolean fat32 = Bytes.getLE16(b, 22) == 0;
        int sectorsPerFat = fat32 ? (int) Bytes.getLE32(b, 36) : Bytes.getLE16(b, 22);
        int ext = fat32 ? 64 : 36;
        BootSector guess = new BootSector(b[13] & 0xff, Bytes.getLE16(b, 14), b[16] & 0xff, Bytes.getLE16(b, 17), total,
                sectorsPerFat, Bytes.getLE32(b, ext + 3), Bytes.getPadded(b, ext + 7, 11), FatType.FAT16);
        return new BootSector(guess.sectorsPerCluster, guess.reservedSectors, guess.fatCount, guess.rootEntries, total,
                sectorsPerFat, guess.serial, guess.label, FatType.forClusterCount(guess.clusterCount()));
    }

    /** Sectors taken by the fixed root directory. */
    public int rootDirSectors() {
        return (rootEntries * 32 + SECTOR - 1) / SECTOR;
    }

    /** The first sector of the data region (cluster 2). */
    public long firstDataSector() {
        return reservedSectors + (long) fatCount * sectorsPerFat + rootDirSectors();
    }

    /** The number of data clusters, which alone decides the FAT type. */
    public long clusterCount() {
        return (totalSectors - firstDataSector()) / sectorsPerCluster;
    }
}
