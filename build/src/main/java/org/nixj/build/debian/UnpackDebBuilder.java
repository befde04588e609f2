package org.nixj.build.debian;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.nixj.build.builder.BuildContext;
import org.nixj.build.builder.BuildFailure;
import org.nixj.build.builder.Builder;
import org.nixj.build.builder.Ownership;

/**
 * {@code builtin:nixj-unpack-deb}: unpacks one Debian binary package into its output {@code out}, the package's
 * files unchanged at their paths ({@code usr/bin/…}, {@code etc/…}, {@code lib/…}), as dpkg would install them
 * under {@code /}.
 *
 * <p>Attributes: {@code src}, the store path of the {@code .deb} file (the output of a {@code builtin:fetchurl}
 * derivation); the derivation is usually named {@code <package>-<version>} and has {@code __structuredAttrs}.
 *
 * <p>What the output holds:
 * <ul>
 *   <li>Regular files with their content, executable when any execute bit was set (the store keeps no other
 *       mode bits). Hard links become copies of the file they link to.</li>
 *   <li>Symbolic links with their target exactly as the package has it, absolute or relative. In the live system
 *       every package is seen through the system's {@code sw} tree (where {@code usr/X} and {@code X} are one
 *       {@code X}) mounted as {@code /}, so an absolute target such as {@code /bin/kmod} resolves there as on
 *       Debian; inside the package's own store path it does not, and a build step that follows such a link must
 *       resolve it against the tree it assembles.</li>
 *   <li>{@value #CONTROL_FOLDER}: the members of the package's {@code control.tar} ({@code control},
 *       {@code md5sums}, {@code conffiles}, the maintainer scripts, which nixj never runs), for the steps that
 *       replace what those scripts do.</li>
 *   <li>{@link Ownership#FILE}: what the store cannot keep. The store makes every file read-only and root-owned
 *       and a NAR has no owners, so each path (relative to the output, directories included) whose owner is not
 *       {@code root:root}, whose mode has the setuid, setgid or sticky bit, or which others may not read is
 *       recorded as an {@link Ownership} ({@code 2755 0 42 usr/bin/chage}), which the image writer applies when
 *       it writes the store into the image. There is no such file when nothing needs it.</li>
 * </ul>
 * Device nodes, FIFOs and paths leaving the package's tree are refused (Debian packages have none).
 */
public final class UnpackDebBuilder implements Builder {
    /** Where the control members go inside the output. */
    public static final String CONTROL_FOLDER = "nix-support/debian";

    @Override
    public String name() {
        return "nixj-unpack-deb";
    }

    @Override
    public void build(BuildContext context) throws BuildFailure, IOException {
        Path deb = context.physical(context.attributes().requireString("src"));
        Path out = context.output("out");
        Files.createDirectories(out);
        List<Ownership> ownership = new ArrayList<>();
        try {
            DebArchive.read(deb, new DebArchive.Visitor() {
                @Override
                public void control(TarArchiveInputStream tar) throws IOException, DebianFormatException {
                    unpack(tar, out.resolve(CONTROL_FOLDER), null);
                }

                @Override
                public void data(TarArchiveInputStream tar) throws IOException, DebianFormatException {
                    unpack(tar, out, ownership);
                }
            });
        } catch (DebianFormatException e) {
            throw new BuildFailure(e.getMessage(), e);
        }
        Ownership.write(out, ownership);
    }

    /**
     * Writes every entry of {@code tar} under {@code root}; when {@code ownership} is given, adds a line to it
     * for each entry that needs one.
     */
    private static void unpack(TarArchiveInputStream tar, Path root, List<Ownership> ownership)
            throws IOException, DebianFormatException {
        Files.createDirectories(root);
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            String relative = relative(entry.getName());
            if (relative.isEmpty()) {
                continue;
            }
            Path target = root.resolve(relative);
            createParents(root, relative, entry.getName());
            if (entry.isDirectory()) {
                if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectory(target);
                }
            } else if (entry.isSymbolicLink()) {
                replace(target);
                Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
            } else if (entry.isLink()) {
                String linked = relative(entry.getLinkName());
                createParents(root, linked, entry.getLinkName());
                Path source = root.resolve(linked);
                if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                    throw new DebianFormatException("hard link '" + entry.getName() + "' points to '"
                            + entry.getLinkName() + "', which is not a file unpacked before it");
                }
                replace(target);
                Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            } else if (entry.isFile()) {
                replace(target);
                Files.copy(tar, target);
                if ((entry.getMode() & 0111) != 0) {
                    Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(target));
                    permissions.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                            PosixFilePermission.OTHERS_EXECUTE));
                    Files.setPosixFilePermissions(target, permissions);
                }
            } else {
                throw new DebianFormatException("'" + entry.getName() + "' is a device node or FIFO, which a store "
                        + "path cannot hold");
            }
            if (ownership != null && needsRecord(entry)) {
                try {
                    ownership.add(new Ownership(relative, entry.getMode() & 07777,
                            Math.toIntExact(entry.getLongUserId()), Math.toIntExact(entry.getLongGroupId())));
                } catch (IllegalArgumentException | ArithmeticException e) {
                    throw new DebianFormatException("'" + entry.getName() + "' has an owner or a name nixj cannot record: "
                            + e.getMessage());
                }
            }
        }
    }

    /** Whether the store would lose something of {@code entry} that matters: its owner or a restrictive mode. */
    private static boolean needsRecord(TarArchiveEntry entry) {
        if (entry.isSymbolicLink()) {
            return entry.getLongUserId() != 0 || entry.getLongGroupId() != 0;
        }
        int mode = entry.getMode();
        return entry.getLongUserId() != 0 || entry.getLongGroupId() != 0 || (mode & 07000) != 0 || (mode & 0004) == 0;
    }

    /**
     * An entry's path relative to the package root ({@code ./usr/bin/x} → {@code usr/bin/x}); {@code ./} is empty.
     *
     * @throws DebianFormatException when the path would leave the package's tree
     */
    static String relative(String name) throws DebianFormatException {
        List<String> parts = new ArrayList<>();
        for (String part : name.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                throw new DebianFormatException("'" + name + "' leaves the package's tree");
            }
            parts.add(part);
        }
        return String.join("/", parts);
    }

    /**
     * Makes the folders above {@code relative} under {@code root}, refusing to go through a symlink the package
     * made: writing through one (an absolute {@code lib64 -> /usr/lib64}) would write outside the output.
     */
    private static void createParents(Path root, String relative, String entryName)
            throws IOException, DebianFormatException {
        Path folder = root;
        String[] parts = relative.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            folder = folder.resolve(parts[i]);
            if (Files.isSymbolicLink(folder)) {
                throw new DebianFormatException("'" + entryName + "' lies under the symlink '"
                        + root.relativize(folder) + "' of the same package");
            }
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(folder);
            }
        }
    }

    /** Removes what a later entry of the same path replaces (as dpkg lets the last one win). */
    private static void replace(Path target) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "a directory is in the way");
        }
        Files.deleteIfExists(target);
    }
}
