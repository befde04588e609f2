package org.nixj.image.iso;

import org.nixj.image.io.Bytes;

/**
 * The isohybrid master boot record, as syslinux's {@code isohybrid} and xorriso's
 * {@code -isohybrid-mbr} make it: the first 432 bytes are syslinux's {@code isohdpfx.bin} boot code,
 * followed by the LBA of isolinux.bin in 512-byte units (which that code loads), the disk signature, and
 * a partition table with an active entry over the whole image (type 0x00) and, when there is a UEFI image,
 * an entry of type 0xEF over it. CHS values use the conventional 64 heads × 32 sectors geometry.
 */
public final class HybridMbr {
    public static final int CODE_BYTES = 432;
    /** isolinux.bin's marker (at byte 0x40) that it supports hybrid booting. */
    public static final long ISOLINUX_HYBRID_MAGIC = 0x7078c0fbL;

    private HybridMbr() {}

    /** A partition: start and size in 512-byte sectors, type and whether it is active. */
    public record Partition(long start, long sectors, int type, boolean active) {}

    public static byte[] encode(byte[] code, long biosBootLba2048, long diskSignature, Partition... partitions) {
        byte[] b = new byte[512];
        System.arraycopy(code, 0, b, 0, Math.min(CODE_BYTES, code.length));
        Bytes.putLE32(b, 432, biosBootLba2048 * 4);
        Bytes.putLE32(b, 436, 0);
        Bytes.putLE32(b, 440, diskSignature);
        for (int i = 0; i < partitions.length; i++) {
            entry(b, 446 + 16 * i, partitions[i]);
        }
        b[510] = 0x55;
        b[511] = (byte) 0xAA;
        return b;
    }

    private static void entry(byte[] b, int off, Partition p) {
        b[off] = (byte) (p.active() ? 0x80 : 0);
        chs(b, off + 1, p.start());
        b[off + 4] = (byte) p.type();
        chs(b, off + 5, p.start() + p.sectors() - 1);
        Bytes.putLE32(b, off + 8, p.start());
        Bytes.putLE32(b, off + 12, p.sectors());
    }

    private static void chs(byte[] b, int off, long lba) {
        long heads = 64;
        long sectors = 32;
        long c = lba / (heads * sectors);
        long h = (lba / sectors) % heads;
        long s = lba % sectors + 1;
        if (c > 1023) {
            c = 1023;
            h = heads - 1;
            s = sectors;
        }
        b[off] = (byte) h;
        b[off + 1] = (byte) (s | ((c >> 2) & 0xC0));
        b[off + 2] = (byte) c;
    }
}
