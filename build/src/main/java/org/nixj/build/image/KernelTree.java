package org.nixj.build.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.nixj.build.builder.BuildContext;
import org.nixj.build.builder.BuildFailure;

/**
 * The files of a kernel package that the boot needs: its version (the name of its one folder under {@code
 * lib/modules}, what {@code uname -r} prints), that module tree, and the kernel image. Debian's {@code
 * linux-image-*} packages keep the image at {@code boot/vmlinuz-<version>} and the modules at {@code
 * lib/modules/<version>}; nixpkgs' kernels at {@code bzImage} and {@code lib/modules/<version>}; both are
 * understood, and {@code usr/lib/modules} too.
 *
 * @param logical the package's store path, for messages
 * @param version the kernel version
 * @param modules the module tree on disk
 * @param image the kernel image on disk, if the package has one
 */
record KernelTree(String logical, String version, Path modules, Optional<Path> image) {
    private static final List<String> MODULE_ROOTS = List.of("lib/modules", "usr/lib/modules");

    /** The kernel in the package at the logical store path {@code logical}. */
    static KernelTree find(BuildContext context, String logical) throws BuildFailure, IOException {
        Path root = context.physical(logical);
        List<Path> versions = new ArrayList<>();
        for (String modulesRoot : MODULE_ROOTS) {
            Path dir = root.resolve(modulesRoot);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().forEach(versions::add);
                }
            }
        }
        if (versions.isEmpty()) {
            throw new BuildFailure("'" + logical + "' is not a kernel package: it has no lib/modules/<version> folder");
        }
        if (versions.size() > 1) {
            throw new BuildFailure("'" + logical + "' has modules of several kernels (" + String.join(", ",
                    versions.stream().map(p -> p.getFileName().toString()).toList()) + "); a kernel package has one");
        }
        Path modules = versions.getFirst();
        String version = modules.getFileName().toString();
        Optional<Path> image = Stream.of("boot/vmlinuz-" + version, "bzImage", "Image", "boot/vmlinuz")
                .map(root::resolve)
                .filter(Files::isRegularFile)
                .findFirst();
        return new KernelTree(logical, version, modules, image);
    }

    /** The kernel image, which a boot medium cannot do without. */
    Path requireImage() throws BuildFailure {
        return image.orElseThrow(() -> new BuildFailure("'" + logical + "' has no kernel image (boot/vmlinuz-" + version
                + " or bzImage)"));
    }
}
