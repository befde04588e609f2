package org.nixj.image.iso;

import java.nio.charset.StandardCharsets;
import org.nixj.image.io.Bytes;

/**
 * The volume descriptors of sectors 16 onwards: primary (ECMA-119 8.4), Joliet supplementary (same layout,
 * identifiers in UCS-2BE, escape sequence {@code %/E} for UCS-2 level 3), El Torito boot record and the
 * terminator.
 */
public final class VolumeDescriptor {
    public static final int SECTOR = 2048;

    private VolumeDescriptor() {}

    /** Fields shared by the primary and the Joliet descriptor. */
    public record Fields(String systemId, String volumeId, String volumeSetId, String publisherId, String preparerId,
            String applicationId, long volumeSpaceSize, long pathTableSize, long lPathTable, long mPathTable,
            byte[] rootRecord, long epoch) {}

    /** A primary (joliet = false) or Joliet supplementary descriptor. */
    public static byte[] primaryOrJoliet(Fields f, boolean joliet) {
        byte[] b = new byte[SECTOR];
        b[0] = (byte) (joliet ? 2 : 1);
        System.arraycopy("CD001".getBytes(StandardCharsets.US_ASCII), 0, b, 1, 5);
        b[6] = 1;
        text(b, 8, 32, f.systemId(), joliet);
        text(b, 40, 32, f.volumeId(), joliet);
        Bytes.putBoth32(b, 80, f.volumeSpaceSize());
        if (joliet) {
            b[88] = '%';
            b[89] = '/';
            b[90] = 'E';
        }
        Bytes.putBoth16(b, 120, 1);
        Bytes.putBoth16(b, 124, 1);
        Bytes.putBoth16(b, 128, SECTOR);
        Bytes.putBoth32(b, 132, f.pathTableSize());
        Bytes.putLE32(b, 140, f.lPathTable());
        Bytes.putBE32(b, 148, f.mPathTable());
        System.arraycopy(f.rootRecord(), 0, b, 156, 34);
        text(b, 190, 128, f.volumeSetId(), joliet);
        text(b, 318, 128, f.publisherId(), joliet);
        text(b, 446, 128, f.preparerId(), joliet);
        text(b, 574, 128, f.applicationId(), joliet);
        text(b, 702, 37, "", joliet);
        text(b, 739, 37, "", joliet);
        text(b, 776, 37, "", joliet);
        System.arraycopy(IsoDate.long17(f.epoch()), 0, b, 813, 17);
        System.arraycopy(IsoDate.long17(f.epoch()), 0, b, 830, 17);
        System.arraycopy(IsoDate.unset17(), 0, b, 847, 17);
        System.arraycopy(IsoDate.long17(f.epoch()), 0, b, 864, 17);
        b[881] = 1;
        return b;
    }

    /** The El Torito boot record pointing at the boot catalog. */
    public static byte[] bootRecord(long catalogLba) {
        byte[] b = new byte[SECTOR];
        b[0] = 0;
        System.arraycopy("CD001".getBytes(StandardCharsets.US_ASCII), 0, b, 1, 5);
        b[6] = 1;
        byte[] id = "EL TORITO SPECIFICATION".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(id, 0, b, 7, id.length);
        Bytes.putLE32(b, 0x47, catalogLba);
        return b;
    }

    public static byte[] terminator() {
        byte[] b = new byte[SECTOR];
        b[0] = (byte) 255;
        System.arraycopy("CD001".getBytes(StandardCharsets.US_ASCII), 0, b, 1, 5);
        b[6] = 1;
        return b;
    }

    /** A-/d-character fields are space-padded ASCII; Joliet's are UCS-2BE, padded with UCS-2 spaces. */
    private static void text(byte[] b, int off, int len, String s, boolean joliet) {
        if (!joliet) {
            Bytes.putPadded(b, off, len, s, (byte) ' ');
            return;
        }
        byte[] u = s.getBytes(StandardCharsets.UTF_16BE);
        int n = Math.min(u.length, len & ~1);
        System.arraycopy(u, 0, b, off, n);
        for (int i = off + n; i + 1 < off + len; i += 2) {
            b[i] = 0;
            b[i + 1] = ' ';
        }
        if ((len & 1) == 1) {
            b[off + len - 1] = 0;
        }
    }
}
