package org.nixj.cli.image;

import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.nixj.image.fat.FatType;
import org.nixj.image.fat.FatWriter;
import org.nixj.image.tree.Ownership;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nixj image fat}: a FAT12/16/32 image such as the EFI system image of a live ISO. */
@Command(name = "fat", description = "Write a FAT12/16/32 image (e.g. efi.img) with a fixed serial, the label padded to 11 characters "
        + "and every date from the source date epoch. Only files and directories fit in FAT.")
final class FatCommand implements Callable<Integer> {
    @Mixin
    TreeOptions tree;

    @Option(names = "--label", paramLabel = "LABEL", defaultValue = "EFIBOOT", description = "Volume label (default: ${DEFAULT-VALUE}).")
    String label;

    @Option(names = "--serial", paramLabel = "HEX", defaultValue = "12345678", description = "Volume serial number in hex (default: ${DEFAULT-VALUE}).")
    String serial;

    @Option(names = "--size", paramLabel = "SIZE", description = "Image size (default: about 1.1 x the files + 1 MiB).")
    String size;

    @Option(names = "--fat-type", paramLabel = "12|16|32", description = "FAT type (default: FAT12/16 while clusters of up to "
            + "32 KiB hold the files and the root directory fits 4096 entries, else FAT32).")
    Integer fatType;

    @Override
    public Integer call() throws Exception {
        FatWriter.Options o;
        try {
            long s = Long.parseLong(serial, 16);
            OptionalLong bytes = size == null ? OptionalLong.empty() : OptionalLong.of(Compressions.bytes(size));
            o = new FatWriter.Options(label, s, bytes);
            if (fatType != null) {
                o = o.withType(switch (fatType) {
                    case 12 -> FatType.FAT12;
                    case 16 -> FatType.FAT16;
                    case 32 -> FatType.FAT32;
                    default -> throw new IllegalArgumentException("--fat-type must be 12, 16 or 32, not " + fatType);
                });
            }
        } catch (NumberFormatException e) {
            throw tree.usage("--serial must be hexadecimal, not '" + serial + "'");
        } catch (IllegalArgumentException e) {
            throw tree.usage(e.getMessage());
        }
        new FatWriter(o).write(tree.tree(Ownership.ALL_ROOT), tree.output);
        return 0;
    }
}
