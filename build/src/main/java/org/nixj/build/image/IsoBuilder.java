package org.nixj.build.image;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.nixj.build.builder.BuildAttributes;
import org.nixj.build.builder.BuildContext;
import org.nixj.build.builder.BuildFailure;
import org.nixj.image.compress.ZstdCompressor;
import org.nixj.image.fat.FatWriter;
import org.nixj.image.io.ImageException;
import org.nixj.image.iso.IsoOptions;
import org.nixj.image.iso.IsoWriter;
import org.nixj.image.tree.Attributes;
import org.nixj.image.tree.Directory;
import org.nixj.image.tree.FileContent;
import org.nixj.image.tree.RegularFile;
import org.nixj.image.tree.Reproducible;
import org.nixj.image.tree.TreeBuilder;

/**
 * {@code builtin:nixj-iso}, behind NixOS's {@code system.build.isoImage}: writes {@code $out/iso/<isoName>}, an
 * ISO 9660 image (Rock Ridge, Joliet) with volume id {@code volumeID}, and {@code
 * $out/nix-support/hydra-build-products} naming it. The image holds {@code /boot/bzImage} (the {@code kernel}
 * package's image), {@code /boot/initrd}, {@code /nix-store.squashfs} and every {@code contents} entry ({@code
 * { source; target; }}, as {@code isoImage.contents}), and is made bootable:
 * <ul>
 *   <li>{@code bios}: isolinux from Debian's {@code isolinux} and {@code syslinux-common} packages as the El
 *       Torito no-emulation image, with {@code isolinux.cfg} written from the menu;</li>
 *   <li>{@code efi}: {@code boot/efi.img}, a FAT image with systemd-boot (Debian's {@code systemd-boot-efi}) as
 *       {@code EFI/BOOT/BOOTX64.EFI}, its loader entries and the kernel and initrd it loads, as the El Torito
 *       UEFI image; the same tree is on the ISO too;</li>
 *   <li>{@code usb}: an isohybrid MBR (with BIOS) and a hybrid GPT (with EFI), so that the file boots from a
 *       disk as well.</li>
 * </ul>
 * With {@code compressImage} the file is the image compressed with zstd ({@code isoImage.compressImage}).
 * Each menu entry boots {@code init=<toplevel>/init} with {@code kernelParams}, and {@code
 * root=LABEL=<volumeID>} unless the parameters name a root already. The menu offers the configuration (unless
 * {@code hideConfiguration}) and then each of {@code specialisations}, with its own system, kernel and initrd.
 * Dates are {@link Reproducible#DEFAULT_EPOCH} and the FAT serial and GPT GUIDs are fixed, so the image depends
 * only on its inputs.
 */
public final class IsoBuilder extends ImageBuilder {
    private static final String KERNEL = "/boot/bzImage";
    private static final int ZSTD_LEVEL = 3;
    private static final String INITRD = "/boot/initrd";
    private static final Pattern SPECIALISATION_NAME = Pattern.compile("[A-Za-z0-9_.][A-Za-z0-9_.-]*");
    private static final List<String> ISOLINUX_BIN = List.of("usr/lib/ISOLINUX/isolinux.bin", "share/syslinux/isolinux.bin");
    private static final List<String> ISOHYBRID_MBR = List.of("usr/lib/ISOLINUX/isohdpfx.bin", "share/syslinux/isohdpfx.bin");
    private static final String SYSLINUX_MODULES = "usr/lib/syslinux/modules/bios/";
    private static final List<String> SYSLINUX_NEEDED = List.of("ldlinux.c32", "menu.c32", "libutil.c32", "libcom32.c32");
    private static final List<String> SYSTEMD_BOOT = List.of("usr/lib/systemd/boot/efi/systemd-bootx64.efi",
            "lib/systemd/boot/efi/systemd-bootx64.efi");

    @Override
    public String name() {
        return "nixj-iso";
    }

    /** Makes the builder; {@code nixj build} registers one. */
    public IsoBuilder() {}

    @Override
    void write(BuildContext context) throws BuildFailure, IOException {
        BuildAttributes attributes = context.attributes();
        String isoName = attributes.requireString("isoName");
        if (isoName.isEmpty() || isoName.contains("/")) {
            throw new BuildFailure("isoName '" + isoName + "' must be a file name");
        }
        String volumeId = attributes.requireString("volumeID");
        boolean bios = attributes.bool("bios");
        boolean efi = attributes.bool("efi");
        boolean usb = attributes.bool("usb");
        // Checked first: a volume id too long should not wait for the image to be assembled.
        IsoOptions base = IsoOptions.plain(volumeId, Reproducible.DEFAULT_EPOCH)
                .withIds("nixos", "nixos")
                .withBoot(bios ? Optional.of("isolinux/isolinux.bin") : Optional.empty(), ".boot.cat",
                        efi ? Optional.of("boot/efi.img") : Optional.empty())
                .validate();
        Path kernel = KernelTree.find(context, attributes.requireString("kernel")).requireImage();
        Path initrd = context.physical(attributes.requireString("initrd"));
        List<SystemFiles> systems = systems(context, attributes, volumeId, kernel, initrd);
        BootMenu menu = new BootMenu(attributes.requireString("menuLabel"), systems.stream().map(SystemFiles::system).toList(),
                timeout(attributes));

        TreeBuilder tree = new TreeBuilder();
        addBootFiles(tree, kernel, initrd, systems);
        tree.add("/nix-store.squashfs", file(context.physical(attributes.requireString("squashfs")), 0444));
        for (Content content : contents(attributes)) {
            tree.addContents(content.target(), context.physical(content.source()));
        }
        Optional<Path> isohybridMbr = Optional.empty();
        if (bios) {
            isohybridMbr = addIsolinux(context, attributes, tree, menu);
        }
        if (efi) {
            Directory efiTree = efiTree(context, attributes, menu, kernel, initrd, systems);
            Path efiImage = context.scratch().resolve("efi.img");
            new FatWriter(FatWriter.Options.efiBoot()).write(Reproducible.normalise(efiTree, Reproducible.DEFAULT_EPOCH, true), efiImage);
            tree.add("/boot/efi.img", file(efiImage, 0444));
            tree.add("/EFI", efiTree.child("EFI"));
            tree.add("/loader", efiTree.child("loader"));
        }

        IsoOptions options = base.withHybrid(usb && bios ? isohybridMbr : Optional.empty(), usb && efi);
        Path out = context.output("out");
        Files.createDirectories(out.resolve("iso"));
        Files.createDirectories(out.resolve("nix-support"));
        Directory image = Reproducible.normalise(tree.build(), Reproducible.DEFAULT_EPOCH, true);
        Path target = out.resolve("iso").resolve(isoName);
        if (attributes.bool("compressImage")) {
            // isoImage.compressImage: the image as one zstd stream (.iso.zst), at zstd's default level as NixOS's.
            Path plain = context.scratch().resolve("image.iso");
            new IsoWriter(options).write(image, plain);
            try (OutputStream file = Files.newOutputStream(target); OutputStream zstd = new ZstdCompressor(ZSTD_LEVEL).compressStream(file)) {
                Files.copy(plain, zstd);
            }
        } else {
            new IsoWriter(options).write(image, target);
        }
        Files.writeString(out.resolve("nix-support/hydra-build-products"),
                "file iso " + context.printedOutputPath("out") + "/iso/" + isoName + "\n", StandardCharsets.UTF_8);
    }

    /** A system the menu offers, with the files of its kernel and initrd on this machine. */
    private record SystemFiles(BootMenu.BootSystem system, Path kernel, Path initrd) {}

    /**
     * The systems of the menu: the configuration's (unless {@code hideConfiguration}, NixOS's
     * {@code isoImage.showConfiguration = false}), then each of {@code specialisations} ({@code { name; menuLabel;
     * toplevel; kernel; initrd; kernelParams; }}). A specialisation's kernel and initrd go under
     * {@code /boot/specialisation/<name>/} when they are not the configuration's.
     */
    private static List<SystemFiles> systems(BuildContext context, BuildAttributes attributes, String volumeId, Path kernel,
                                             Path initrd) throws BuildFailure, IOException {
        List<SystemFiles> systems = new ArrayList<>();
        if (!attributes.bool("hideConfiguration")) {
            systems.add(new SystemFiles(new BootMenu.BootSystem("nixos", attributes.requireString("menuLabel"),
                    kernelParameters(attributes.requireString("toplevel"), attributes.strings("kernelParams"), volumeId), KERNEL, INITRD),
                    kernel, initrd));
        }
        for (JsonObject specialisation : specialisations(attributes)) {
            String name = field(specialisation, "name");
            if (!SPECIALISATION_NAME.matcher(name).matches()) {
                throw new BuildFailure("specialisation name '" + name + "' cannot name a boot entry (letters, digits, '-', '_' and '.' only)");
            }
            Path itsKernel = KernelTree.find(context, field(specialisation, "kernel")).requireImage();
            Path itsInitrd = context.physical(field(specialisation, "initrd"));
            String folder = "/boot/specialisation/" + name;
            List<String> parameters = specialisation.has("kernelParams")
                    ? BuildAttributes.strings(specialisation.get("kernelParams"), "the 'kernelParams' of specialisation '" + name + "'")
                    : List.of();
            systems.add(new SystemFiles(new BootMenu.BootSystem("nixos-" + name, field(specialisation, "menuLabel"),
                    kernelParameters(field(specialisation, "toplevel"), parameters, volumeId),
                    itsKernel.equals(kernel) ? KERNEL : folder + "/bzImage", itsInitrd.equals(initrd) ? INITRD : folder + "/initrd"),
                    itsKernel, itsInitrd));
        }
        if (systems.isEmpty()) {
            throw new BuildFailure("the medium would boot nothing: its configuration is hidden from the menu"
                    + " (isoImage.showConfiguration = false) and no specialisation is shown");
        }
        return systems;
    }

    private static List<JsonObject> specialisations(BuildAttributes attributes) throws BuildFailure {
        Optional<JsonElement> list = attributes.json("specialisations");
        if (list.isEmpty()) {
            return List.of();
        }
        if (list.get().isJsonArray() && list.get().getAsJsonArray().asList().stream().allMatch(JsonElement::isJsonObject)) {
            return list.get().getAsJsonArray().asList().stream().map(JsonElement::getAsJsonObject).toList();
        }
        throw new BuildFailure("attribute 'specialisations' must be a list of { name; menuLabel; toplevel; kernel; initrd; kernelParams; }");
    }

    private static String field(JsonObject object, String key) throws BuildFailure {
        if (!isString(object, key)) {
            throw new BuildFailure("a specialisation's '" + key + "' must be a string, in " + object);
        }
        return object.get(key).getAsString();
    }

    /** The configuration's kernel and initrd, and those of the specialisations that have their own. */
    private static void addBootFiles(TreeBuilder tree, Path kernel, Path initrd, List<SystemFiles> systems) throws ImageException {
        tree.add(KERNEL, file(kernel, 0444));
        tree.add(INITRD, file(initrd, 0444));
        Set<String> added = new HashSet<>(List.of(KERNEL, INITRD));
        for (SystemFiles system : systems) {
            if (added.add(system.system().kernel())) {
                tree.add(system.system().kernel(), file(system.kernel(), 0444));
            }
            if (added.add(system.system().initrd())) {
                tree.add(system.system().initrd(), file(system.initrd(), 0444));
            }
        }
    }

    /** {@code init=<toplevel>/init}, the configured parameters, and the medium's label as root unless one is named. */
    private static String kernelParameters(String toplevel, List<String> configured, String volumeId) {
        List<String> parameters = new ArrayList<>();
        parameters.add("init=" + toplevel + "/init");
        if (configured.stream().noneMatch(p -> p.startsWith("root="))) {
            parameters.add("root=LABEL=" + volumeId);
        }
        parameters.addAll(configured);
        return String.join(" ", parameters);
    }

    /** {@code boot.loader.timeout}: seconds, or null (absent) for waiting. */
    private static OptionalInt timeout(BuildAttributes attributes) throws BuildFailure {
        Optional<JsonElement> timeout = attributes.json("timeout");
        if (timeout.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int seconds = timeout.get().getAsInt();
            if (seconds < 0) {
                throw new NumberFormatException();
            }
            return OptionalInt.of(seconds);
        } catch (RuntimeException e) {
            throw new BuildFailure("attribute 'timeout' must be a number of seconds, not " + timeout.get());
        }
    }

    /** An entry of {@code contents}: a store path (or a file in one) and where it goes on the medium. */
    private record Content(String source, String target) {}

    private static List<Content> contents(BuildAttributes attributes) throws BuildFailure {
        List<Content> contents = new ArrayList<>();
        Optional<JsonElement> list = attributes.json("contents");
        if (list.isEmpty()) {
            return contents;
        }
        if (!list.get().isJsonArray()) {
            throw new BuildFailure("attribute 'contents' must be a list of { source; target; }");
        }
        for (JsonElement element : list.get().getAsJsonArray()) {
            if (!element.isJsonObject() || !isString(element.getAsJsonObject(), "source") || !isString(element.getAsJsonObject(), "target")) {
                throw new BuildFailure("attribute 'contents' must be a list of { source; target; }, not " + element);
            }
            JsonObject entry = element.getAsJsonObject();
            contents.add(new Content(entry.get("source").getAsString(), entry.get("target").getAsString()));
        }
        return contents;
    }

    private static boolean isString(JsonObject object, String key) {
        return object.has(key) && object.get(key).isJsonPrimitive() && object.get(key).getAsJsonPrimitive().isString();
    }

    /** Adds {@code /isolinux}; returns the isohybrid MBR of the isolinux package. */
    private static Optional<Path> addIsolinux(BuildContext context, BuildAttributes attributes, TreeBuilder tree, BootMenu menu)
            throws BuildFailure, IOException {
        String isolinux = attributes.requireString("isolinux");
        Path isolinuxRoot = context.physical(isolinux);
        Path bin = Inputs.first(isolinuxRoot, ISOLINUX_BIN)
                .orElseThrow(() -> new BuildFailure("'" + isolinux + "' has no isolinux.bin (" + ISOLINUX_BIN.getFirst() + ")"));
        tree.add("/isolinux/isolinux.bin", file(bin, 0444));
        String syslinux = attributes.requireString("syslinux");
        Path modules = context.physical(syslinux).resolve(SYSLINUX_MODULES);
        for (String module : SYSLINUX_NEEDED) {
            Path file = modules.resolve(module);
            if (!Files.isRegularFile(file)) {
                throw new BuildFailure("'" + syslinux + "' has no " + SYSLINUX_MODULES + module + " (isolinux needs it)");
            }
            tree.add("/isolinux/" + module, file(file, 0444));
        }
        tree.add("/isolinux/isolinux.cfg", text("isolinux.cfg", menu.isolinux()));
        return Inputs.first(isolinuxRoot, ISOHYBRID_MBR);
    }

    /** The tree of {@code efi.img}: systemd-boot, its configuration, and the kernel and initrd it loads. */
    private static Directory efiTree(BuildContext context, BuildAttributes attributes, BootMenu menu, Path kernel, Path initrd,
                                     List<SystemFiles> systems) throws BuildFailure, IOException {
        String systemdBoot = attributes.requireString("systemdBoot");
        Path loader = Inputs.first(context.physical(systemdBoot), SYSTEMD_BOOT)
                .orElseThrow(() -> new BuildFailure("'" + systemdBoot + "' has no " + SYSTEMD_BOOT.getFirst()));
        TreeBuilder tree = new TreeBuilder();
        tree.add("/EFI/BOOT/BOOTX64.EFI", file(loader, 0444));
        tree.add("/loader/loader.conf", text("loader.conf", menu.loaderConf()));
        for (BootMenu.LoaderEntry entry : menu.loaderEntries()) {
            tree.add("/loader/entries/" + entry.fileName(), text(entry.fileName(), entry.text()));
        }
        addBootFiles(tree, kernel, initrd, systems);
        return tree.build();
    }

    private static RegularFile file(Path file, int mode) throws ImageException {
        return new RegularFile("", Attributes.root(mode), Inputs.content(file));
    }

    private static RegularFile text(String name, String text) {
        return new RegularFile(name, Attributes.root(0444), new FileContent.FromBytes(name, text.getBytes(StandardCharsets.UTF_8)));
    }
}
