package org.nixj.image.iso;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.nixj.image.io.AtomicOutput;
import org.nixj.image.io.Bytes;
import org.nixj.image.io.ChannelOutput;
import org.nixj.image.io.ImageException;
import org.nixj.image.io.IoErrors;
import org.nixj.image.tree.ContentReader;
import org.nixj.image.tree.Directory;
import org.nixj.image.tree.RegularFile;

/**
 * Writes a tree as an ISO 9660 image: collect ({@link IsoCollector}), lay out ({@link IsoLayout}), emit
 * (this class), all sectors in ascending order, file contents streamed (zero-copy from disk where
 * possible). Only the BIOS boot file is read into memory, because its boot-info-table is patched.
 */
public final class IsoWriter {
    private static final int SECTOR = VolumeDescriptor.SECTOR;
    private static final long MAX_BOOT_FILE = 64L << 20;

    private final IsoOptions options;

    public IsoWriter(IsoOptions options) {
        this.options = options;
    }

    /** Writes {@code root} to {@code output} atomically. */
    public void write(Directory root, Path output) throws ImageException {
        options.validate();
        byte[] mbrCode = readMbrCode();
        IsoNode tree = new IsoCollector(options).collect(root);
        IsoNode bios = bootNode(tree, options.biosBoot().orElse(null), "BIOS boot image");
        IsoNode efi = bootNode(tree, options.efiBoot().orElse(null), "EFI boot image");
        IsoNode catalog = options.elTorito() ? findCatalog(tree) : null;
        byte[] biosImage = bios == null ? null : readBootImage(bios, mbrCode != null);
        IsoLayout layout = new IsoLayout(options, tree, catalog, bios, efi);
        if (bios != null) {
            BootInfoTable.patch(biosImage, layout.pvdLba, bios.dataLba);
            bios.patchedBootImage = biosImage;
        }
        try (AtomicOutput out = AtomicOutput.create(output)) {
            emit(layout, out.output(), mbrCode, output.getFileName().toString());
            out.commit();
        } catch (ImageException e) {
            throw e;
        } catch (IOException e) {
            throw new ImageException("cannot write '" + output + "': " + IoErrors.reason(e), e);
        }
    }

    private byte[] readMbrCode() throws ImageException {
        if (options.isohybridMbr().isEmpty()) {
            return null;
        }
        Path p = options.isohybridMbr().get();
        try {
            byte[] b = Files.readAllBytes(p);
            if (b.length < HybridMbr.CODE_BYTES || b.length > 512) {
                throw new ImageException("'" + p + "' is not an isohybrid MBR template (isohdpfx.bin): it has " + b.length
                        + " bytes, expected 432 to 512");
            }
            return b;
        } catch (ImageException e) {
            throw e;
        } catch (IOException e) {
            throw new ImageException("cannot read the isohybrid MBR template '" + p + "': " + IoErrors.reason(e));
        }
    }

    private static IsoNode bootNode(IsoNode root, String path, String what) throws ImageException {
        if (path == null) {
            return null;
        }
        IsoNode n = root;
        for (String part : path.replaceAll("^/+", "").split("/+")) {
            n = n.isDirectory() ? IsoCollector.find(n, part) : null;
            if (n == null) {
                throw new ImageException("the " + what + " '" + path + "' is not in the image tree");
            }
        }
        if (n.kind != IsoNode.Kind.FILE || n.size() == 0) {
            throw new ImageException("the " + what + " '" + path + "' must be a non-empty regular file in the image tree");
        }
        return n;
    }

    private IsoNode findCatalog(IsoNode root) {
        String name = options.bootCatalog().replaceAll("^/+", "");
        IsoNode dir = root;
        String[] parts = name.split("/+");
        for (int i = 0; i < parts.length - 1; i++) {
            dir = IsoCollector.find(dir, parts[i]);
        }
        for (IsoNode c : dir.children) {
            if (c.kind == IsoNode.Kind.CATALOG) {
                return c;
            }
        }
        throw new IllegalStateException("catalog node missing");
    }

    private static byte[] readBootImage(IsoNode bios, boolean hybrid) throws ImageException {
        RegularFile f = (RegularFile) bios.fs;
        if (f.size() > MAX_BOOT_FILE || f.size() < 64) {
            throw new ImageException("the BIOS boot image '" + bios.path + "' (" + f.content().describe() + ") has " + f.size()
                    + " bytes; a no-emulation boot file with a boot-info-table needs 64 bytes to 64 MiB");
        }
        byte[] b = new byte[(int) f.size()];
        try (ContentReader r = new ContentReader(f, bios.path)) {
            r.readBlock(b);
        }
        if (hybrid && Bytes.getLE32(b, 0x40) != HybridMbr.ISOLINUX_HYBRID_MAGIC) {
            throw new ImageException("the BIOS boot image '" + bios.path + "' (" + f.content().describe()
                    + ") lacks the isohybrid signature 0x7078c0fb at byte 0x40; use isolinux.bin from syslinux 4 or newer");
        }
        return b;
    }

    // ---- emit ----

    private void emit(IsoLayout l, ChannelOutput out, byte[] mbrCode, String outputName) throws IOException {
        out.write(systemArea(l, mbrCode, outputName));
        out.write(VolumeDescriptor.primaryOrJoliet(fields(l, false), false));
        if (l.bootRecordLba >= 0) {
            out.write(VolumeDescriptor.bootRecord(l.catalog.dataLba));
        }
        if (l.jolietSvdLba >= 0) {
            out.write(VolumeDescriptor.primaryOrJoliet(fields(l, true), true));
        }
        out.write(VolumeDescriptor.terminator());
        writeAt(out, l.lPath, PathTable.encode(l.pathEntries(false), false));
        writeAt(out, l.mPath, PathTable.encode(l.pathEntries(false), true));
        if (options.joliet()) {
            writeAt(out, l.jlPath, PathTable.encode(l.pathEntries(true), false));
            writeAt(out, l.jmPath, PathTable.encode(l.pathEntries(true), true));
        }
        byte[] ce = continuationSectors(l);
        for (IsoNode d : l.primaryDirs) {
            writeAt(out, d.dirLba, IsoLayout.encodeExtent(IsoRecords.primary(d, options), d.dirSize));
            for (long lba : l.ceSectorsOf.getOrDefault(d, List.of())) {
                int at = l.ceSectors.indexOf(lba) * SECTOR;
                writeAt(out, lba, java.util.Arrays.copyOfRange(ce, at, at + SECTOR));
            }
        }
        for (IsoNode d : l.jolietDirs) {
            writeAt(out, d.jolietDirLba, IsoLayout.encodeExtent(IsoRecords.joliet(d, options), d.jolietDirSize));
        }
        if (l.catalog != null) {
            BootCatalog.Image bios = l.biosImage == null ? null : new BootCatalog.Image(l.biosImage.dataLba, 4);
            BootCatalog.Image efi = l.efiImage == null ? null
                    : new BootCatalog.Image(l.efiImage.dataLba, BootCatalog.sectorCount(l.efiImage.size()));
            writeAt(out, l.catalog.dataLba, BootCatalog.encode(bios, efi));
        }
        for (IsoNode f : l.dataOrder) {
            out.padToOffset(f.dataLba * SECTOR);
            if (f.patchedBootImage != null) {
                out.write(f.patchedBootImage);
            } else {
                ContentReader.copy((RegularFile) f.fs, f.path, out);
            }
        }
        out.padTo(SECTOR);
        if (options.hybridGpt()) {
            long total512 = l.totalBytes / 512;
            out.padToOffset((total512 - 1 - Gpt.ENTRY_SECTORS) * 512);
            byte[] entries = Gpt.entries(gptPartitions(l, outputName));
            out.write(entries);
            out.write(Gpt.header(total512 - 1, 1, total512, Gpt.nameBased(outputName), total512 - 1 - Gpt.ENTRY_SECTORS, entries));
        }
        out.padToOffset(l.totalBytes);
    }

    private void writeAt(ChannelOutput out, long lba, byte[] bytes) throws IOException {
        out.padToOffset(lba * SECTOR);
        out.write(bytes);
        out.padTo(SECTOR);
    }

    /** All continuation sectors' bytes, in the order of {@link IsoLayout#ceSectors}. */
    private static byte[] continuationSectors(IsoLayout l) {
        byte[] all = new byte[l.ceSectors.size() * SECTOR];
        java.util.Map<Long, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < l.ceSectors.size(); i++) {
            index.put(l.ceSectors.get(i), i);
        }
        for (SystemUseArea a : l.areas) {
            List<byte[]> bodies = a.areas();
            for (int i = 0; i < bodies.size(); i++) {
                int at = index.get(a.lba(i)) * SECTOR + a.offset(i);
                System.arraycopy(bodies.get(i), 0, all, at, bodies.get(i).length);
            }
        }
        return all;
    }

    private VolumeDescriptor.Fields fields(IsoLayout l, boolean joliet) {
        IsoNode r = l.root;
        long lba = joliet ? r.jolietDirLba : r.dirLba;
        long size = joliet ? r.jolietDirSize : r.dirSize;
        byte[] rootRecord = new DirectoryRecord(lba, size, IsoDate.short7(r.fs.attributes().mtime()), DirectoryRecord.FLAG_DIRECTORY,
                DirectoryRecord.SELF, new byte[0]).encode();
        return new VolumeDescriptor.Fields("", joliet ? truncate(options.volumeId(), 16) : options.volumeId(), "",
                options.publisherId(), "NIXJ", options.applicationId(), l.totalBytes / SECTOR,
                joliet ? l.jolietPathTableSize : l.pathTableSize, joliet ? l.jlPath : l.lPath, joliet ? l.jmPath : l.mPath,
                rootRecord, options.epoch());
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    /** Sectors 0-15: the hybrid MBR (and the primary GPT) when asked for, else zeros. */
    private byte[] systemArea(IsoLayout l, byte[] mbrCode, String outputName) {
        byte[] area = new byte[16 * SECTOR];
        long total512 = l.totalBytes / 512;
        if (mbrCode != null || options.hybridGpt()) {
            List<HybridMbr.Partition> parts = new ArrayList<>();
            parts.add(new HybridMbr.Partition(0, total512, 0x00, true));
            if (l.efiImage != null) {
                parts.add(new HybridMbr.Partition(l.efiImage.dataLba * 4, Bytes.units(l.efiImage.size(), 512), 0xEF, false));
            }
            UUID disk = Gpt.nameBased(outputName);
            byte[] code = mbrCode != null ? mbrCode : new byte[HybridMbr.CODE_BYTES];
            long biosLba = l.biosImage == null ? 0 : l.biosImage.dataLba;
            byte[] mbr = HybridMbr.encode(code, biosLba, disk.getMostSignificantBits() >>> 32, parts.toArray(HybridMbr.Partition[]::new));
            System.arraycopy(mbr, 0, area, 0, 512);
        }
        if (options.hybridGpt()) {
            byte[] entries = Gpt.entries(gptPartitions(l, outputName));
            byte[] header = Gpt.header(1, total512 - 1, total512, Gpt.nameBased(outputName), 2, entries);
            System.arraycopy(header, 0, area, 512, 512);
            System.arraycopy(entries, 0, area, 1024, entries.length);
        }
        return area;
    }

    /** The ISO data (from LBA 64, where sector 16 of 2 KiB starts) and the EFI image, as xorriso names them. */
    private static List<Gpt.Partition> gptPartitions(IsoLayout l, String outputName) {
        long lastUsable = l.totalBytes / 512 - 2 - Gpt.ENTRY_SECTORS;
        List<Gpt.Partition> parts = new ArrayList<>();
        parts.add(new Gpt.Partition(64, Math.min(l.isoEnd * 4 - 1, lastUsable), Gpt.nameBased(outputName + "#1"), "ISOHybrid"));
        if (l.efiImage != null) {
            long first = l.efiImage.dataLba * 4;
            parts.add(new Gpt.Partition(first, first + Bytes.units(l.efiImage.size(), 512) - 1, Gpt.nameBased(outputName + "#2"),
                    "ISOHybrid1"));
        }
        return parts;
    }
}
