package org.nixj.build.debian;

/**
 * A Debian package version, {@code [epoch:]upstream_version[-debian_revision]}, ordered as Debian policy §5.6.12
 * and dpkg order them: epochs as numbers, then the upstream version, then the revision, each compared part by
 * part where runs of digits compare as numbers and other characters compare letters before non-letters, with
 * {@code ~} before everything, even the end of the string ({@code 1.0~rc1 < 1.0}).
 *
 * @param epoch the epoch, 0 when the version has none
 * @param upstream the upstream version (never empty)
 * @param revision the Debian revision, empty when the version has none (which dpkg treats as {@code 0})
 * @param text the version as written, kept for printing ({@code 0:1.2} and {@code 1.2} are equal but print apart)
 */
public record DebianVersion(long epoch, String upstream, String revision, String text)
        implements Comparable<DebianVersion> {

    /**
     * Parses a version as it appears in a {@code Version:} field or a dependency.
     *
     * @throws IllegalArgumentException when {@code text} is not a Debian version (empty, a non-numeric epoch, an
     *     empty upstream part or a character dpkg does not allow)
     */
    public static DebianVersion parse(String text) {
        String rest = text;
        long epoch = 0;
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            String digits = rest.substring(0, colon);
            if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() > 9) {
                throw new IllegalArgumentException("invalid Debian version '" + text + "': the epoch is not a number");
            }
            epoch = Long.parseLong(digits);
            rest = rest.substring(colon + 1);
        }
        String revision = "";
        int dash = rest.lastIndexOf('-');
        if (dash >= 0) {
            revision = rest.substring(dash + 1);
            rest = rest.substring(0, dash);
            if (revision.isEmpty()) {
                throw new IllegalArgumentException("invalid Debian version '" + text + "': the revision is empty");
            }
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("invalid Debian version '" + text + "': the upstream version is empty");
        }
        check(text, rest, ".+~-:");
        check(text, revision, ".+~");
        return new DebianVersion(epoch, rest, revision, text);
    }

    private static void check(String text, String part, String allowed) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!isDigit(c) && !isLetter(c) && allowed.indexOf(c) < 0) {
                throw new IllegalArgumentException("invalid Debian version '" + text + "': character '" + c
                        + "' is not allowed");
            }
        }
    }

    /** The version without its epoch, as pool file names write it. */
    public String withoutEpoch() {
        return revision.isEmpty() ? upstream : upstream + "-" + revision;
    }

    @Override
    public int compareTo(DebianVersion other) {
        int byEpoch = Long.compare(epoch, other.epoch);
        if (byEpoch != 0) {
            return byEpoch;
        }
        int byUpstream = compareParts(upstream, other.upstream);
        return byUpstream != 0 ? byUpstream : compareParts(revision, other.revision);
    }

    /** Whether the two versions are equal in Debian's order (unlike {@link #equals}, which compares the text too). */
    public boolean sameAs(DebianVersion other) {
        return compareTo(other) == 0;
    }

    /**
     * dpkg's comparison of one version part: alternately a run of non-digits, compared character by character
     * in {@link #weight} order, and a run of digits, compared as a number.
     */
    static int compareParts(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            while ((i < a.length() && !isDigit(a.charAt(i))) || (j < b.length() && !isDigit(b.charAt(j)))) {
                int wa = weight(a, i);
                int wb = weight(b, j);
                if (wa != wb) {
                    return Integer.compare(wa, wb);
                }
                i++;
                j++;
            }
            while (i < a.length() && a.charAt(i) == '0') {
                i++;
            }
            while (j < b.length() && b.charAt(j) == '0') {
                j++;
            }
            int firstDifference = 0;
            while (i < a.length() && isDigit(a.charAt(i)) && j < b.length() && isDigit(b.charAt(j))) {
                if (firstDifference == 0) {
                    firstDifference = Integer.compare(a.charAt(i), b.charAt(j));
                }
                i++;
                j++;
            }
            if (i < a.length() && isDigit(a.charAt(i))) {
                return 1;
            }
            if (j < b.length() && isDigit(b.charAt(j))) {
                return -1;
            }
            if (firstDifference != 0) {
                return firstDifference;
            }
        }
        return 0;
    }

    /**
     * The sort weight of the character at {@code index} in a non-digit run: {@code ~} lowest, then the end of the
     * part (or a digit, which ends the run), then letters, then every other character.
     */
    private static int weight(String s, int index) {
        if (index >= s.length()) {
            return 0;
        }
        char c = s.charAt(index);
        if (isDigit(c)) {
            return 0;
        }
        if (isLetter(c)) {
            return c;
        }
        return c == '~' ? -1 : c + 256;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    @Override
    public String toString() {
        return text;
    }
}
