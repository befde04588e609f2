package org.nixj.build.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes minimal kernel modules for tests: ELF relocatable files whose only sections are {@code .text},
 * {@code .modinfo} (the given {@code key=value} strings) and the section-name table.
 */
final class FakeModules {
    private FakeModules() {}

    /** A 64-bit little-endian module (as x86_64 kernels have them) at {@code file}. */
    static Path write(Path file, String... modinfo) throws IOException {
        return write(file, true, ByteOrder.LITTLE_ENDIAN, List.of(modinfo));
    }

    /** A module of either ELF class and byte order. */
    static Path write(Path file, boolean elf64, ByteOrder order, List<String> modinfo) throws IOException {
        byte[] names = "\0.text\0.modinfo\0.shstrtab\0".getBytes(StandardCharsets.US_ASCII);
        StringBuilder info = new StringBuilder();
        for (String entry : modinfo) {
            info.append(entry).append('\0').append('\0'); // padding NULs, as the kernel's alignment leaves
        }
        byte[] infoBytes = info.toString().getBytes(StandardCharsets.UTF_8);
        byte[] text = {(byte) 0xc3, 0, 0, 0};
        int headerSize = elf64 ? 64 : 52;
        int entrySize = elf64 ? 64 : 40;
        int textAt = headerSize;
        int infoAt = textAt + text.length;
        int namesAt = infoAt + infoBytes.length;
        int sectionsAt = (namesAt + names.length + 7) & ~7;
        ByteBuffer b = ByteBuffer.allocate(sectionsAt + 4 * entrySize).order(order);
        b.put(new byte[] {0x7f, 'E', 'L', 'F', (byte) (elf64 ? 2 : 1), (byte) (order == ByteOrder.LITTLE_ENDIAN ? 1 : 2), 1});
        b.putShort(16, (short) 1); // ET_REL
        b.putShort(18, (short) (elf64 ? 62 : 3));
        b.putInt(20, 1);
        if (elf64) {
            b.putLong(0x28, sectionsAt);
            b.putShort(0x34, (short) headerSize);
            b.putShort(0x3A, (short) entrySize);
            b.putShort(0x3C, (short) 4);
            b.putShort(0x3E, (short) 3);
        } else {
            b.putInt(0x20, sectionsAt);
            b.putShort(0x28, (short) headerSize);
            b.putShort(0x2E, (short) entrySize);
            b.putShort(0x30, (short) 4);
            b.putShort(0x32, (short) 3);
        }
        b.put(textAt, text).put(infoAt, infoBytes).put(namesAt, names);
        section(b, sectionsAt + entrySize, elf64, 1, 1, textAt, text.length);
        section(b, sectionsAt + 2 * entrySize, elf64, 7, 1, infoAt, infoBytes.length);
        section(b, sectionsAt + 3 * entrySize, elf64, 16, 3, namesAt, names.length);
        Files.createDirectories(file.getParent());
        Files.write(file, b.array());
        return file;
    }

    private static void section(ByteBuffer b, int at, boolean elf64, int name, int type, long offset, long size) {
        b.putInt(at, name).putInt(at + 4, type);
        if (elf64) {
            b.putLong(at + 0x18, offset).putLong(at + 0x20, size);
        } else {
            b.putInt(at + 0x10, (int) offset).putInt(at + 0x14, (int) size);
        }
    }
}
