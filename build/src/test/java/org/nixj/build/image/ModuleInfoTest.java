package org.nixj.build.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleInfoTest {
    @TempDir
    Path tmp;

    @Test
    void readsTheModinfoStringsOfEitherElfClassAndByteOrder() throws IOException {
        List<String> entries = List.of("alias=fs-iso9660", "depends=cdrom,scsi_mod", "name=sr_mod", "softdep=pre: crc32c post: x");
        for (boolean elf64 : new boolean[] {true, false}) {
            for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
                Path ko = FakeModules.write(tmp.resolve(elf64 + "-" + order + ".ko"), elf64, order, entries);
                ModuleInfo info = ModuleInfo.read(ko);
                assertEquals(entries, info.entries(), elf64 + " " + order);
                assertEquals(List.of("cdrom", "scsi_mod"), info.depends());
                assertEquals(List.of("crc32c", "x"), info.softDepends());
                assertEquals(List.of("sr_mod"), info.values("name"));
            }
        }
    }

    @Test
    void anEmptyDependsListHasNoNames() throws IOException {
        assertEquals(List.of(), ModuleInfo.read(FakeModules.write(tmp.resolve("a.ko"), "depends=", "name=a")).depends());
    }

    @Test
    void aFileThatIsNotAModuleIsNamedInTheError() throws IOException {
        Path text = Files.writeString(tmp.resolve("text.ko"), "not an ELF file at all");
        IOException e = assertThrows(IOException.class, () -> ModuleInfo.read(text));
        assertTrue(e.getMessage().contains("text.ko") && e.getMessage().contains("not an ELF file"), e.getMessage());
        Path cut = tmp.resolve("cut.ko");
        byte[] whole = Files.readAllBytes(FakeModules.write(tmp.resolve("whole.ko"), "name=whole"));
        Files.write(cut, java.util.Arrays.copyOf(whole, 80));
        IOException shortened = assertThrows(IOException.class, () -> ModuleInfo.read(cut));
        assertTrue(shortened.getMessage().contains("cut short"), shortened.getMessage());
    }
}
