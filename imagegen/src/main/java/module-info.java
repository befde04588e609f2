/** Image writers: ISO 9660 (Rock Ridge, Joliet, El Torito, hybrid), squashfs, cpio, FAT. Knows nothing of Nix. */
module org.nixj.imagegen {
    requires org.nixj.os;
    requires org.tukaani.xz;
    requires com.github.luben.zstd_jni;
    requires org.lz4.java;

    exports org.nixj.image.compress;
    exports org.nixj.image.cpio;
    exports org.nixj.image.fat;
    exports org.nixj.image.io;
    exports org.nixj.image.iso;
    exports org.nixj.image.squashfs;
    exports org.nixj.image.tree;
}
