package org.nixj.flake;

/**
 * Which branch and tag names Nix accepts in flake references. Nix asks libgit2 whether the name is valid as
 * a branch, as a tag or as a reference name (one-level names allowed), and rejects {@code @} and names with
 * a DEL character besides; the rules are Git's {@code check-ref-format} ones, as libgit2 implements them.
 */
final class GitRefNames {
    private GitRefNames() {}

    static boolean isLegal(String name) {
        if (name.equals("@") || name.indexOf('\u007f') >= 0) {
            return false;
        }
        // A branch or tag name must not start with '-' (and a branch must not be HEAD, which the tag check
        // accepts anyway); both are checked as refs/<kind>/<name>.
        return !name.startsWith("-") && isValidReference("refs/heads/" + name) || isValidReference(name);
    }

    /** libgit2's reference name check with one-level names allowed. */
    private static boolean isValidReference(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.endsWith(".") || name.endsWith("/")) {
            return false;
        }
        String[] segments = name.split("/", -1);
        for (String segment : segments) {
            if (!isValidSegment(segment)) {
                return false;
            }
        }
        if (segments.length == 1) {
            // A one-level name must look like HEAD or FETCH_HEAD.
            return isAllCapsAndUnderscore(segments[0]);
        }
        return !isAllCapsAndUnderscore(segments[0]);
    }

    private static boolean isValidSegment(String segment) {
        if (segment.isEmpty() || segment.startsWith(".") || segment.endsWith(".lock")) {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c <= ' ' || "~^:\\?[*".indexOf(c) >= 0) {
                return false;
            }
            if (previous == '.' && c == '.' || previous == '@' && c == '{') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean isAllCapsAndUnderscore(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 'A' || c > 'Z') && c != '_') {
                return false;
            }
        }
        return !s.isEmpty() && s.charAt(0) != '_' && s.charAt(s.length() - 1) != '_';
    }
}
