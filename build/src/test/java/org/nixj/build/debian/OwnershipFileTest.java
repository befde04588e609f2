package org.nixj.build.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OwnershipFileTest {
    @Provide
    Arbitrary<List<OwnershipFile.Entry>> entryLists() {
        Arbitrary<OwnershipFile.Entry> entry = Combinators.combine(Arbitraries.integers().between(0, 07777),
                Arbitraries.longs().between(0, 65535), Arbitraries.longs().between(0, 65535),
                Arbitraries.of("root", "shadow", "_ssh", "0"), Arbitraries.of("root", "shadow", "42"),
                Arbitraries.strings().withChars("abc/ .\\\n%").ofMinLength(1).ofMaxLength(12))
                .as(OwnershipFile.Entry::new);
        return entry.list().ofMaxSize(6).uniqueElements(OwnershipFile.Entry::path);
    }

    @Property
    void readsBackWhatItWritesSortedByPath(@ForAll("entryLists") List<OwnershipFile.Entry> entries) throws Exception {
        assertEquals(entries.stream().sorted(Comparator.comparing(OwnershipFile.Entry::path)).toList(),
                OwnershipFile.parse(OwnershipFile.format(entries), "f"));
    }

    @Test
    void writesOneLinePerPathWithFourOctalDigits() throws Exception {
        assertEquals("4755 0 0 root root usr/bin/a b\\nc\n2755 0 42 root shadow usr/bin/chage\n",
                OwnershipFile.format(List.of(new OwnershipFile.Entry(04755, 0, 0, "root", "root", "usr/bin/a b\nc"),
                        new OwnershipFile.Entry(02755, 0, 42, "root", "shadow", "usr/bin/chage"))));
    }

    @Test
    void aBadLineIsReportedWithItsNumber() {
        DebianFormatException e = assertThrows(DebianFormatException.class,
                () -> OwnershipFile.parse("4755 0 0 root root usr/bin/su\n755 0 0 root root x\n", "pkg/ownership"));
        assertEquals("pkg/ownership:2: expected 'MODE UID GID USER GROUP PATH', got '755 0 0 root root x'", e.getMessage());
    }
}
