/**
 * The realiser: builds derivations in dependency order with in-process {@code builtin:} builders and registers
 * their outputs in the store. Knows nothing of the evaluator: it reads {@code .drv} files.
 */
module org.nixj.build {
    requires transitive org.nixj.store;
    requires transitive org.nixj.fetch;
    requires com.google.gson;
    requires org.apache.commons.codec;
    requires org.apache.commons.compress;
    requires org.apache.commons.io;
    requires org.tukaani.xz;
    // commons-compress reads zstd members through zstd-jni, which it finds reflectively.
    requires com.github.luben.zstd_jni;

    exports org.nixj.build;
    exports org.nixj.build.builder;
    exports org.nixj.build.debian;
    exports org.nixj.build.files;
    exports org.nixj.build.system;
}
