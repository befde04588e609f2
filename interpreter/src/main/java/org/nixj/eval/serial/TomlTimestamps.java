package org.nixj.eval.serial;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text current Nix gives a TOML date, time or date-time under the {@code parse-toml-timestamps}
 * experimental feature ({@code { _type = "timestamp"; value = TEXT; }}): toml11's printing, normalised as
 * Nix normalises it. The date-time separator is an upper-case {@code T}; seconds are always shown; a
 * fraction of a second is cut to nanoseconds and shown with 3, 6 or 9 digits, the fewest that hold its
 * non-zero milli-, micro- and nanosecond parts (none when all are zero); an offset of zero is {@code Z},
 * any other {@code +HH:MM} or {@code -HH:MM}.
 */
public final class TomlTimestamps {
    private static final Pattern PARTS = Pattern.compile(
            "(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})?[Tt ]?"
                    + "(?:(?<time>[0-9]{2}:[0-9]{2}:[0-9]{2})(?:\\.(?<fraction>[0-9]+))?)?"
                    + "(?:(?<zulu>[Zz])|(?<sign>[+-])(?<hours>[0-9]{2}):(?<minutes>[0-9]{2}))?");

    private TomlTimestamps() {}

    /** Nix's text for {@code written}, a date, time or date-time as the TOML document has it. */
    public static String canonical(String written) {
        Matcher m = PARTS.matcher(written);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a TOML date or time: " + written);
        }
        StringBuilder out = new StringBuilder();
        String date = m.group("date");
        String time = m.group("time");
        if (date != null) {
            out.append(date);
        }
        if (time != null) {
            if (date != null) {
                out.append('T');
            }
            out.append(time).append(fraction(m.group("fraction")));
        }
        if (m.group("zulu") != null) {
            out.append('Z');
        } else if (m.group("sign") != null) {
            String hours = m.group("hours");
            String minutes = m.group("minutes");
            out.append(hours.equals("00") && minutes.equals("00") ? "Z" : m.group("sign") + hours + ":" + minutes);
        }
        return out.toString();
    }

    /** The fraction of a second as toml11 keeps it (nanoseconds, more digits dropped) and prints it. */
    private static String fraction(String digits) {
        if (digits == null) {
            return "";
        }
        String nanos = (digits.length() > 9 ? digits.substring(0, 9) : digits + "0".repeat(9 - digits.length()));
        int shown = !nanos.substring(6).equals("000") ? 9 : !nanos.substring(3, 6).equals("000") ? 6
                : !nanos.substring(0, 3).equals("000") ? 3 : 0;
        return shown == 0 ? "" : "." + nanos.substring(0, shown);
    }
}
