package org.nixj.build.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .modinfo} section of a kernel module ({@code .ko}), an ELF relocatable file: NUL-separated
 * {@code key=value} strings ({@code name=}, {@code depends=}, {@code alias=}, {@code softdep=}, ...), what
 * {@code modinfo} prints and {@code depmod} reads. Only the ELF header, the section headers, the section-name
 * table and the section itself are read, so indexing thousands of modules stays cheap.
 *
 * @param entries the {@code key=value} strings in the order the module has them
 */
record ModuleInfo(List<String> entries) {
    private static final int SHT_NOBITS = 8;

    ModuleInfo {
        entries = List.copyOf(entries);
    }

    /** Every value of {@code key}, in order ({@code alias} usually has several). */
    List<String> values(String key) {
        String prefix = key + "=";
        List<String> values = new ArrayList<>();
        for (String entry : entries) {
            if (entry.startsWith(prefix)) {
                values.add(entry.substring(prefix.length()));
            }
        }
        return values;
    }

    /** The names in {@code depends=}, which the kernel writes as one comma-separated value. */
    List<String> depends() {
        List<String> names = new ArrayList<>();
        for (String value : values("depends")) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.trim());
                }
            }
        }
        return names;
    }

    /**
     * The modules named in {@code softdep=} ({@code pre: a b post: c}), which modprobe loads around this one
     * without the kernel needing them.
     */
    List<String> softDepends() {
        List<String> names = new ArrayList<>();
        for (String value : values("softdep")) {
            for (String word : value.trim().split("\\s+")) {
                if (!word.isEmpty() && !word.endsWith(":")) {
                    names.add(word);
                }
            }
        }
        return names;
    }

    /**
     * Reads the {@code .modinfo} section of the module at {@code file}.
     *
     * @throws IOException when the file cannot be read, is not an ELF file, or has no {@code .modinfo}
     *     section; the message names the file
     */
    static ModuleInfo read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(channel, file.toString());
        }
    }

    private static ModuleInfo read(FileChannel channel, String name) throws IOException {
        ByteBuffer ident = readAt(channel, 0, 16, name);
        if (ident.getInt(0) != 0x7f454c46) {
            throw new IOException("'" + name + "' is not a kernel module: it is not an ELF file");
        }
        boolean elf64 = switch (ident.get(4)) {
            case 1 -> false;
            case 2 -> true;
            default -> throw new IOException("'" + name + "' is not a kernel module: unknown ELF class " + ident.get(4));
        };
        ByteOrder order = switch (ident.get(5)) {
            case 1 -> ByteOrder.LITTLE_ENDIAN;
            case 2 -> ByteOrder.BIG_ENDIAN;
            default -> throw new IOException("'" + name + "' is not a kernel module: unknown ELF byte order " + ident.get(5));
        };
        ByteBuffer header = readAt(channel, 0, elf64 ? 64 : 52, name).order(order);
        long sectionsAt = elf64 ? header.getLong(0x28) : Integer.toUnsignedLong(header.getInt(0x20));
        int entrySize = Short.toUnsignedInt(header.getShort(elf64 ? 0x3A : 0x2E));
        int count = Short.toUnsignedInt(header.getShort(elf64 ? 0x3C : 0x30));
        int namesIndex = Short.toUnsignedInt(header.getShort(elf64 ? 0x3E : 0x32));
        if (count == 0 || namesIndex >= count || entrySize < (elf64 ? 64 : 40)) {
            throw new IOException("'" + name + "' is not a kernel module: it has no usable section headers");
        }
        ByteBuffer sections = readAt(channel, sectionsAt, (long) entrySize * count, name).order(order);
        Section names = section(sections, namesIndex * entrySize, elf64);
        ByteBuffer nameTable = readAt(channel, names.offset, names.size, name);
        for (int i = 0; i < count; i++) {
            Section section = section(sections, i * entrySize, elf64);
            if (section.type != SHT_NOBITS && ".modinfo".equals(string(nameTable, section.name))) {
                return new ModuleInfo(split(readAt(channel, section.offset, section.size, name)));
            }
        }
        throw new IOException("'" + name + "' is not a kernel module: it has no .modinfo section");
    }

    private record Section(int name, int type, long offset, long size) {}

    private static Section section(ByteBuffer sections, int at, boolean elf64) {
        if (elf64) {
            return new Section(sections.getInt(at), sections.getInt(at + 4), sections.getLong(at + 0x18), sections.getLong(at + 0x20));
        }
        return new Section(sections.getInt(at), sections.getInt(at + 4), Integer.toUnsignedLong(sections.getInt(at + 0x10)),
                Integer.toUnsignedLong(sections.getInt(at + 0x14)));
    }

    /** The NUL-terminated string at {@code at} of a string table, or null when {@code at} is outside it. */
    private static String string(ByteBuffer table, int at) {
        if (at < 0 || at >= table.limit()) {
            return null;
        }
        int end = at;
        while (end < table.limit() && table.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - at];
        table.get(at, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The strings of a {@code .modinfo} section; runs of NULs (alignment padding) separate nothing. */
    private static List<String> split(ByteBuffer data) {
        List<String> entries = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= data.limit(); i++) {
            if (i == data.limit() || data.get(i) == 0) {
                if (i > start) {
                    byte[] bytes = new byte[i - start];
                    data.get(start, bytes);
                    entries.add(new String(bytes, StandardCharsets.UTF_8));
                }
                start = i + 1;
            }
        }
        return entries;
    }

    private static ByteBuffer readAt(FileChannel channel, long offset, long length, String name) throws IOException {
        if (offset < 0 || length < 0 || length > Integer.MAX_VALUE || offset + length > channel.size()) {
            throw new IOException("'" + name + "' is not a kernel module: it is cut short (a part lies beyond its end)");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new IOException("'" + name + "' is not a kernel module: it is cut short");
            }
        }
        return buffer.flip();
    }
}
