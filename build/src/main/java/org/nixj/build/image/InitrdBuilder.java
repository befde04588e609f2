package org.nixj.build.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.nixj.build.builder.BuildAttributes;
import org.nixj.build.builder.BuildContext;
import org.nixj.build.builder.BuildFailure;
import org.nixj.image.compress.Compressor;
import org.nixj.image.cpio.CpioWriter;
import org.nixj.image.io.ImageException;
import org.nixj.image.tree.Attributes;
import org.nixj.image.tree.DeviceNode;
import org.nixj.image.tree.Directory;
import org.nixj.image.tree.FileContent;
import org.nixj.image.tree.RegularFile;
import org.nixj.image.tree.Reproducible;
import org.nixj.image.tree.Symlink;
import org.nixj.image.tree.TreeBuilder;

/**
 * {@code builtin:nixj-initrd}, behind NixOS's {@code system.build.initialRamdisk}: writes {@code $out/initrd},
 * a newc cpio archive (compressed with {@code compressor}) holding
 * <ul>
 *   <li>{@code /init}: the stage-1 script given as {@code init} (stage-1.nix writes it);</li>
 *   <li>{@code /bin/busybox} from the {@code busybox} package (a static busybox) with a link per name in
 *       {@code applets}, and {@code /sbin} pointing at {@code bin} (the kernel runs {@code /sbin/modprobe});</li>
 *   <li>the modules {@code kernelModules} and {@code availableKernelModules} name, with their dependencies
 *       (a module of {@code kernelModules} the kernel lacks is an error, one of {@code availableKernelModules}
 *       is left out with a line in the log),
 *       under {@code /lib/modules/<version>/} as in the {@code kernel} package, with {@code modules.dep} and
 *       {@code modules.alias} written for them (so busybox's {@code modprobe} finds them) and {@code
 *       /etc/modules-load}: the files to load at boot (the closure of {@code kernelModules}), one per line in
 *       load order;</li>
 *   <li>{@code /dev/console} as a device entry (written into the archive: the build needs no root) and empty
 *       {@code /proc}, {@code /sys}, {@code /run}, {@code /tmp}.</li>
 * </ul>
 * Every entry is owned by root and dated {@link Reproducible#DEFAULT_EPOCH}, so the archive depends only on
 * its inputs.
 */
public final class InitrdBuilder extends ImageBuilder {
    private static final List<String> BUSYBOX_LOCATIONS = List.of("bin/busybox", "usr/bin/busybox", "sbin/busybox");

    @Override
    public String name() {
        return "nixj-initrd";
    }

    /** Makes the builder; {@code nixj build} registers one. */
    public InitrdBuilder() {}

    @Override
    void write(BuildContext context) throws BuildFailure, IOException {
        BuildAttributes attributes = context.attributes();
        Optional<Compressor> compressor = Compression.initrd(attributes.string("compressor").orElse("xz"));
        KernelTree kernel = KernelTree.find(context, attributes.requireString("kernel"));
        ModuleIndex index = ModuleIndex.of(kernel);
        ModuleIndex.Selection selection = index.select(attributes.strings("kernelModules"),
                attributes.strings("availableKernelModules"));

        TreeBuilder tree = new TreeBuilder();
        tree.add("/init", new RegularFile("init", Attributes.root(0555),
                new FileContent.FromBytes("the stage-1 script", attributes.requireString("init").getBytes(StandardCharsets.ISO_8859_1))));
        addBusybox(context, tree, attributes.requireString("busybox"), attributes.strings("applets"));
        tree.add("/dev/console", new DeviceNode("console", Attributes.root(0600), DeviceNode.Kind.CHARACTER, 5, 1));
        for (String dir : List.of("/proc", "/sys", "/run", "/tmp")) {
            tree.add(dir, new Directory("", Attributes.root(0755), List.of()));
        }
        addModules(tree, kernel, index, selection);
        context.log("initrd: " + selection.modules().size() + " kernel modules of " + kernel.version() + ", "
                + selection.loadAtBoot().size() + " loaded at boot");
        if (!selection.unavailable().isEmpty()) {
            context.log("initrd: kernel " + kernel.version() + " has no module " + String.join(", ", selection.unavailable())
                    + " (boot.initrd.availableKernelModules): left out");
        }

        Directory root = Reproducible.normalise(tree.build(), Reproducible.DEFAULT_EPOCH, true);
        Path out = context.output("out");
        Files.createDirectories(out);
        new CpioWriter(compressor).write(root, out.resolve("initrd"));
    }

    private static void addBusybox(BuildContext context, TreeBuilder tree, String busybox, List<String> applets)
            throws BuildFailure, ImageException {
        Path root = context.physical(busybox);
        Path binary = Inputs.first(root, BUSYBOX_LOCATIONS)
                .orElseThrow(() -> new BuildFailure("'" + busybox + "' has no busybox binary (bin/busybox)"));
        tree.add("/bin/busybox", new RegularFile("busybox", Attributes.root(0555), Inputs.content(binary)));
        for (String applet : applets) {
            if (applet.isEmpty() || applet.contains("/") || applet.equals(".") || applet.equals("..") || applet.equals("busybox")) {
                throw new BuildFailure("'" + applet + "' cannot be a busybox applet's name");
            }
            tree.add("/bin/" + applet, new Symlink(applet, Attributes.root(0777), "busybox"));
        }
        tree.add("/sbin", new Symlink("sbin", Attributes.root(0777), "bin"));
    }

    private static void addModules(TreeBuilder tree, KernelTree kernel, ModuleIndex index, ModuleIndex.Selection selection)
            throws BuildFailure, IOException {
        String base = "/lib/modules/" + kernel.version() + "/";
        StringBuilder dep = new StringBuilder();
        StringBuilder alias = new StringBuilder();
        for (ModuleIndex.Module module : selection.modules()) {
            tree.add(base + module.path(), new RegularFile("", Attributes.root(0444),
                    Inputs.content(kernel.modules().resolve(module.path()))));
            dep.append(module.path()).append(':');
            for (String dependency : index.dependencies(module)) {
                dep.append(' ').append(dependency);
            }
            dep.append('\n');
            for (String pattern : module.info().values("alias")) {
                alias.append("alias ").append(pattern).append(' ').append(module.name()).append('\n');
            }
        }
        tree.add(base + "modules.dep", generated("modules.dep", dep.toString()));
        tree.add(base + "modules.alias", generated("modules.alias", alias.toString()));
        for (String copied : List.of("modules.builtin", "modules.builtin.modinfo", "modules.order")) {
            Path file = kernel.modules().resolve(copied);
            if (Files.isRegularFile(file)) {
                tree.add(base + copied, new RegularFile(copied, Attributes.root(0444), Inputs.content(file)));
            }
        }
        StringBuilder load = new StringBuilder();
        for (ModuleIndex.Module module : selection.loadAtBoot()) {
            load.append(base).append(module.path()).append('\n');
        }
        tree.add("/etc/modules-load", generated("modules-load", load.toString()));
    }

    private static RegularFile generated(String name, String text) {
        return new RegularFile(name, Attributes.root(0444), new FileContent.FromBytes(name, text.getBytes(StandardCharsets.UTF_8)));
    }
}
