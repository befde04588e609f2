package org.nixj.build.debian;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One paragraph of a Debian control file (deb822: {@code Field: value} lines, continuation lines starting with a
 * space or tab, paragraphs separated by blank lines), as apt's package lists and a {@code .deb}'s {@code control}
 * file write them. Field names are matched without regard to case, as Debian specifies.
 *
 * @param fields the fields by lower-cased name, in file order; a multi-line value keeps its newlines
 * @param source where the paragraph starts ({@code FILE:LINE}), for messages
 */
public record ControlParagraph(Map<String, String> fields, String source) {
    public ControlParagraph {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The value of field {@code name}, if the paragraph has it. */
    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The value of field {@code name}, which must be present.
     *
     * @throws DebianFormatException when it is missing
     */
    public String require(String name) throws DebianFormatException {
        return field(name).orElseThrow(() -> new DebianFormatException(source + ": the paragraph has no '" + name
                + "' field"));
    }

    /**
     * Reads every paragraph of {@code reader}; {@code file} names it in messages.
     *
     * @throws DebianFormatException for a line that is neither a field, a continuation nor blank
     */
    public static List<ControlParagraph> readAll(BufferedReader reader, String file) throws IOException, DebianFormatException {
        List<ControlParagraph> paragraphs = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        String current = null;
        int start = 0;
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank()) {
                if (!fields.isEmpty()) {
                    paragraphs.add(new ControlParagraph(fields, file + ":" + start));
                    fields = new LinkedHashMap<>();
                }
                current = null;
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (current == null) {
                    throw new DebianFormatException(file + ":" + number + ": a continuation line without a field before it");
                }
                fields.merge(current, "\n" + line.substring(1), String::concat);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new DebianFormatException(file + ":" + number + ": expected 'Field: value', got '" + line + "'");
            }
            if (fields.isEmpty()) {
                start = number;
            }
            current = line.substring(0, colon).toLowerCase(Locale.ROOT);
            fields.put(current, line.substring(colon + 1).strip());
        }
        if (!fields.isEmpty()) {
            paragraphs.add(new ControlParagraph(fields, file + ":" + start));
        }
        return paragraphs;
    }
}
