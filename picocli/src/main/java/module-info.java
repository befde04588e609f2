/**
 * picocli's module, as its own jar names it: the sources jar has no module descriptor, so this one gives the
 * recompiled classes the same name, exports and optional {@code java.sql} converters.
 */
module info.picocli {
    requires static java.sql;

    exports picocli;
}
