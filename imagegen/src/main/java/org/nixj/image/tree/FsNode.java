package org.nixj.image.tree;

import java.util.Arrays;
import java.util.Comparator;
import org.nixj.os.OsText;

/**
 * One entry of an image tree. Names are single path components (never empty, no {@code /}, not {@code .}
 * or {@code ..}); the root directory's name is the empty string. Nodes are immutable.
 */
public sealed interface FsNode permits Directory, RegularFile, Symlink, DeviceNode {

    /** The entry's name within its parent directory; {@code ""} for the root. */
    String name();

    /** Permission bits (including setuid, setgid and sticky), owner and modification time. */
    Attributes attributes();

    /** This node with other attributes. */
    FsNode withAttributes(Attributes attributes);

    /** The file-type bits of {@code st_mode} ({@code S_IFDIR} and friends). */
    int typeBits();

    /** The full POSIX {@code st_mode}: type bits and permission bits. */
    default int mode() {
        return typeBits() | attributes().permissions();
    }

    /**
     * The name's bytes, the form every format stores: its UTF-8, or the bytes it was read as when they are not
     * UTF-8 ({@link OsText}), so a file keeps its name byte for byte.
     */
    default byte[] nameBytes() {
        return OsText.encode(name());
    }

    /** Orders names by their UTF-8 bytes (as {@code strcmp} does), the order squashfs and cpio need. */
    Comparator<FsNode> BY_NAME_BYTES = (a, b) -> Arrays.compareUnsigned(a.nameBytes(), b.nameBytes());

    int S_IFSOCK = 0140000;
    int S_IFLNK = 0120000;
    int S_IFREG = 0100000;
    int S_IFBLK = 0060000;
    int S_IFDIR = 0040000;
    int S_IFCHR = 0020000;
    int S_IFIFO = 0010000;
}
