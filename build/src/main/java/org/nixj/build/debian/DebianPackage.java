package org.nixj.build.debian;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One binary package as an apt package list describes it: what the pin file records and what closures are
 * resolved from.
 *
 * @param name {@code Package}
 * @param version {@code Version}
 * @param architecture {@code Architecture} ({@code amd64}, {@code all}, ...)
 * @param filename {@code Filename}: the path under the mirror, {@code pool/main/…/NAME_VERSION_ARCH.deb}
 * @param size {@code Size} in bytes
 * @param sha256 {@code SHA256}, lower-case hex
 * @param priority {@code Priority} ({@code required}, {@code important}, {@code standard}, {@code optional},
 *     {@code extra}), empty when not given
 * @param description the first line of {@code Description}, empty when not given
 * @param depends {@code Pre-Depends} then {@code Depends}: groups of alternatives
 * @param provides {@code Provides}: the virtual packages (with a version when the field gives one)
 */
public record DebianPackage(String name, DebianVersion version, String architecture, String filename, long size,
                            String sha256, String priority, String description, List<List<Relation>> depends,
                            List<Relation> provides) {

    /**
     * The package a list paragraph describes.
     *
     * @throws DebianFormatException when a field the pin file needs is missing or malformed
     */
    public static DebianPackage of(ControlParagraph paragraph) throws DebianFormatException {
        String where = paragraph.source();
        String name = paragraph.require("Package");
        DebianVersion version;
        try {
            version = DebianVersion.parse(paragraph.require("Version"));
        } catch (IllegalArgumentException e) {
            throw new DebianFormatException(where + ": " + e.getMessage());
        }
        long size;
        try {
            size = Long.parseLong(paragraph.require("Size"));
        } catch (NumberFormatException e) {
            throw new DebianFormatException(where + ": 'Size' is not a number");
        }
        String sha256 = paragraph.require("SHA256").toLowerCase(Locale.ROOT);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new DebianFormatException(where + ": 'SHA256' is not 64 hex digits");
        }
        List<List<Relation>> depends = new ArrayList<>();
        for (String field : List.of("Pre-Depends", "Depends")) {
            Optional<String> value = paragraph.field(field);
            if (value.isPresent()) {
                depends.addAll(Relation.parseGroups(value.get(), where + ": " + field));
            }
        }
        List<Relation> provides = new ArrayList<>();
        Optional<String> provided = paragraph.field("Provides");
        if (provided.isPresent()) {
            for (List<Relation> group : Relation.parseGroups(provided.get(), where + ": Provides")) {
                provides.addAll(group);
            }
        }
        String description = paragraph.field("Description").map(d -> d.lines().findFirst().orElse("")).orElse("");
        return new DebianPackage(name, version, paragraph.require("Architecture"), paragraph.require("Filename"), size,
                sha256, paragraph.field("Priority").orElse(""), description, List.copyOf(depends),
                List.copyOf(provides));
    }
}
