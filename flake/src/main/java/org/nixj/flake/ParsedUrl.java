package org.nixj.flake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A URL split as Nix's URL parser splits it: scheme, optional authority, path segments (percent-decoded),
 * query parameters (decoded, sorted by name, the first of a repeated name kept) and fragment. Parsing
 * follows RFC 3986 strictly, except that the lenient mode (used for flake references) also accepts spaces
 * and double quotes in the query and fragment and carets in the fragment. Printing percent-encodes every
 * byte that is not unreserved, except {@code :} and {@code @} in the path and {@code :@/?} in the query.
 *
 * <p>Text is Java text; percent-encoding works on its UTF-8 bytes, and decoded bytes that are not UTF-8
 * become U+FFFD.
 */
final class ParsedUrl {
    /** How a host was written: a name, a dotted IPv4 address, or a bracketed IPv6 (or future) literal. */
    enum HostType { NAME, IPV4, IPV6 }

    /** The authority part: {@code user:password@host:port}; an empty host is an empty authority. */
    record Authority(HostType hostType, String host, String user, String password, Integer port) {
        static final Authority EMPTY = new Authority(HostType.NAME, "", null, null, null);

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder();
            if (user != null) {
                s.append(percentEncode(user, ""));
                if (password != null) {
                    s.append(':').append(percentEncode(password, ""));
                }
                s.append('@');
            }
            switch (hostType) {
                case NAME -> s.append(percentEncode(host, ""));
                case IPV4 -> s.append(host);
                case IPV6 -> s.append('[').append(percentEncode(host, ":")).append(']');
            }
            if (port != null) {
                s.append(':').append(port);
            }
            return s.toString();
        }
    }

    private static final String UNRESERVED_PUNCTUATION = "-._~";
    private static final String SUB_DELIMS = "!$&'()*+,;=";
    private static final String ALLOWED_IN_QUERY = ":@/?";
    private static final String ALLOWED_IN_PATH = ":@";
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%25([A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+)?");
    private static final Pattern IPV_FUTURE = Pattern.compile("[vV][0-9A-Fa-f]+\\.[A-Za-z0-9._~!$&'()*+,;=:-]+");

    String scheme;
    Authority authority;
    List<String> path;
    TreeMap<String, String> query;
    String fragment;

    ParsedUrl(String scheme, Authority authority, List<String> path, Map<String, String> query, String fragment) {
        this.scheme = scheme;
        this.authority = authority;
        this.path = new ArrayList<>(path);
        this.query = new TreeMap<>(query);
        this.fragment = fragment;
    }

    ParsedUrl copy() {
        return new ParsedUrl(scheme, authority, path, query, fragment);
    }

    /** The path split on {@code /}: Nix keeps the empty segments of {@code /a//b} ({@code ["", "a", "", "b"]}). */
    static List<String> splitPath(String path) {
        return List.of(path.split("/", -1));
    }

    // ---- parsing ----------------------------------------------------------------------------------------

    /** Parses {@code url}; a malformed URL, or one without a scheme, is a {@link BadUrlException}. */
    static ParsedUrl parse(String url, boolean lenient) {
        String fixed = lenient ? lenientlyEncoded(url) : url;
        Parts parts = split(url, fixed);
        if (parts.scheme == null) {
            throw new BadUrlException("'" + fixed + "' doesn't have a scheme");
        }
        boolean transportIsFile = transport(parts.scheme).equals("file");
        if (parts.authority != null && !parts.authority.host.isEmpty() && transportIsFile) {
            throw new BadUrlException("file:// URL '" + fixed + "' has unexpected authority '" + parts.authority + "'");
        }
        String encodedPath = parts.encodedPath;
        if (transportIsFile && encodedPath.isEmpty()) {
            encodedPath = "/";
        }
        List<String> path = new ArrayList<>();
        for (String segment : splitPath(encodedPath)) {
            path.add(decode(segment));
        }
        String fragment = parts.encodedFragment == null ? "" : decode(parts.encodedFragment);
        TreeMap<String, String> query = decodeQuery(parts.encodedQuery == null ? "" : parts.encodedQuery, lenient);
        return new ParsedUrl(parts.scheme, parts.authority, path, query, fragment);
    }

    /** Nix's leniency for old flake references: spaces and quotes in the query, and carets in the fragment too. */
    private static String lenientlyEncoded(String url) {
        StringBuilder fixed = new StringBuilder();
        String view = url;
        int question = view.indexOf('?');
        if (question >= 0) {
            fixed.append(view, 0, question + 1);
            view = view.substring(question + 1);
            int hash = view.indexOf('#');
            fixed.append(encodeChars(hash < 0 ? view : view.substring(0, hash), " \""));
            view = hash < 0 ? "" : view.substring(hash);
        }
        int hash = view.indexOf('#');
        if (hash >= 0) {
            fixed.append(view, 0, hash + 1).append(encodeChars(view.substring(hash + 1), " \"^"));
            return fixed.toString();
        }
        return fixed.append(view).toString();
    }

    private static String encodeChars(String s, String chars) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (chars.indexOf(c) >= 0) {
                out.append(percentEncode(String.valueOf(c), ""));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private record Parts(String scheme, Authority authority, String encodedPath, String encodedQuery,
                         String encodedFragment) {}

    /** Splits a URI reference per RFC 3986, checking every part's characters. */
    private static Parts split(String original, String s) {
        int n = s.length();
        int i = 0;
        String scheme = null;
        if (n > 0 && isAlpha(s.charAt(0))) {
            int j = 1;
            while (j < n && (isAlpha(s.charAt(j)) || isDigit(s.charAt(j)) || "+-.".indexOf(s.charAt(j)) >= 0)) {
                j++;
            }
            if (j < n && s.charAt(j) == ':') {
                scheme = s.substring(0, j);
                i = j + 1;
            }
        }
        int hierEnd = i;
        while (hierEnd < n && s.charAt(hierEnd) != '?' && s.charAt(hierEnd) != '#') {
            hierEnd++;
        }
        String hier = s.substring(i, hierEnd);
        Authority authority = null;
        String encodedPath = hier;
        if (hier.startsWith("//")) {
            int slash = hier.indexOf('/', 2);
            authority = parseAuthority(original, slash < 0 ? hier.substring(2) : hier.substring(2, slash));
            encodedPath = slash < 0 ? "" : hier.substring(slash);
        } else if (scheme == null) {
            int slash = hier.indexOf('/');
            if ((slash < 0 ? hier : hier.substring(0, slash)).indexOf(':') >= 0) {
                throw invalid(original, "leftover");
            }
        }
        check(original, encodedPath, ALLOWED_IN_PATH + "/");
        String query = null;
        String fragment = null;
        int rest = hierEnd;
        if (rest < n && s.charAt(rest) == '?') {
            int hash = s.indexOf('#', rest + 1);
            query = s.substring(rest + 1, hash < 0 ? n : hash);
            check(original, query, ALLOWED_IN_QUERY);
            rest = hash < 0 ? n : hash;
        }
        if (rest < n) {
            fragment = s.substring(rest + 1);
            check(original, fragment, ALLOWED_IN_QUERY);
        }
        return new Parts(scheme, authority, encodedPath, query, fragment);
    }

    private static Authority parseAuthority(String original, String text) {
        String user = null;
        String password = null;
        String hostPort = text;
        int at = text.indexOf('@');
        if (at >= 0) {
            String userInfo = text.substring(0, at);
            check(original, userInfo, ":");
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
            hostPort = text.substring(at + 1);
        }
        HostType type;
        String host;
        String portText = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw invalid(original, "leftover");
            }
            String literal = hostPort.substring(1, close);
            if (!IPV6.matcher(literal).matches() && !IPV_FUTURE.matcher(literal).matches()) {
                throw invalid(original, "invalid");
            }
            type = HostType.IPV6;
            host = literal.replace("%25", "%");
            String after = hostPort.substring(close + 1);
            if (!after.isEmpty()) {
                if (after.charAt(0) != ':') {
                    throw invalid(original, "leftover");
                }
                portText = after.substring(1);
            }
        } else {
            int colon = hostPort.indexOf(':');
            String name = colon < 0 ? hostPort : hostPort.substring(0, colon);
            portText = colon < 0 ? null : hostPort.substring(colon + 1);
            check(original, name, "");
            type = IPV4.matcher(name).matches() ? HostType.IPV4 : HostType.NAME;
            host = type == HostType.IPV4 ? name : decode(name);
        }
        Integer port = null;
        if (portText != null) {
            for (int k = 0; k < portText.length(); k++) {
                if (!isDigit(portText.charAt(k))) {
                    throw invalid(original, "leftover");
                }
            }
            if (!portText.isEmpty()) {
                int number = portText.length() > 5 ? 0 : Integer.parseInt(portText);
                if (number == 0 || number > 65535) {
                    throw new BadUrlException("port '" + portText + "' is invalid");
                }
                port = number;
            }
        }
        return new Authority(type, host, user, password, port);
    }

    /**
     * Checks that {@code part} holds only unreserved characters, sub-delimiters, percent-escapes and
     * {@code extra}.
     */
    private static void check(String original, String part, String extra) {
        String problem = problem(part, extra);
        if (problem != null) {
            throw invalid(original, problem);
        }
    }

    /** What is wrong with {@code part}, in Boost.URL's words, or null. */
    private static String problem(String part, String extra) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                String escape = escapeProblem(part, i);
                if (escape != null) {
                    return escape;
                }
                i += 2;
            } else if (!isUnreserved(c) && SUB_DELIMS.indexOf(c) < 0 && extra.indexOf(c) < 0) {
                return "leftover";
            }
        }
        return null;
    }

    private static String escapeProblem(String s, int percent) {
        if (percent + 2 >= s.length()) {
            return "incomplete pct-encoding";
        }
        if (hexValue(s.charAt(percent + 1)) < 0 || hexValue(s.charAt(percent + 2)) < 0) {
            return "bad hexdig in pct-encoding";
        }
        return null;
    }

    private static BadUrlException invalid(String url, String reason) {
        return new BadUrlException("'" + url + "' is not a valid URL: " + reason);
    }

    /** The transport of a scheme such as {@code git+https}: the part after the first {@code +}. */
    static String transport(String scheme) {
        int plus = scheme.indexOf('+');
        return plus < 0 ? scheme : scheme.substring(plus + 1);
    }

    /** The application of a scheme such as {@code git+https}, or null. */
    static String application(String scheme) {
        int plus = scheme.indexOf('+');
        return plus < 0 ? null : scheme.substring(0, plus);
    }

    /**
     * Nix's lenient query decoding: {@code name=value} pairs separated by {@code &}, percent-decoded (a
     * {@code +} stays a plus), pairs without {@code =} ignored, the first of a repeated name kept.
     */
    static TreeMap<String, String> decodeQuery(String query, boolean lenient) {
        String fixed = lenient ? encodeChars(query, " \"") : query;
        String problem = problem(fixed, ALLOWED_IN_QUERY);
        if (problem != null) {
            throw new BadUrlException("invalid URI query '" + query + "': " + problem);
        }
        TreeMap<String, String> result = new TreeMap<>();
        if (fixed.isEmpty()) {
            return result;
        }
        for (String param : fixed.split("&", -1)) {
            int eq = param.indexOf('=');
            if (eq >= 0) {
                result.putIfAbsent(decode(param.substring(0, eq)), decode(param.substring(eq + 1)));
            }
        }
        return result;
    }

    /** Percent-decodes {@code text}; a malformed escape is Nix's "invalid URI parameter" error. */
    static String percentDecode(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '%') {
                String problem = escapeProblem(text, i);
                if (problem != null) {
                    throw new BadUrlException("invalid URI parameter '" + text + "': " + problem);
                }
            }
        }
        return decode(text);
    }

    /** Decodes escapes already known to be well-formed. */
    private static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()) {
                bytes.write(hexValue(text.charAt(i + 1)) << 4 | hexValue(text.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    b = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    // ---- printing ---------------------------------------------------------------------------------------

    /** Percent-encodes every UTF-8 byte of {@code s} that is neither unreserved nor in {@code keep}. */
    static String percentEncode(String s, String keep) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (isUnreserved(c) || keep.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    static String encodePath(List<String> path) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < path.size(); i++) {
            if (i > 0) {
                s.append('/');
            }
            s.append(percentEncode(path.get(i), ALLOWED_IN_PATH));
        }
        return s.toString();
    }

    static String encodeQuery(Map<String, String> query) {
        StringBuilder s = new StringBuilder();
        for (var entry : query.entrySet()) {
            if (!s.isEmpty()) {
                s.append('&');
            }
            s.append(percentEncode(entry.getKey(), ALLOWED_IN_QUERY)).append('=')
                    .append(percentEncode(entry.getValue(), ALLOWED_IN_QUERY));
        }
        return s.toString();
    }

    /** The path segments, without the empty ones when {@code skipEmpty}. */
    List<String> pathSegments(boolean skipEmpty) {
        return skipEmpty ? path.stream().filter(p -> !p.isEmpty()).toList() : List.copyOf(path);
    }

    /** The path as a file name: segments joined by {@code /}, none of which may hold a {@code /} or NUL. */
    String filePath() {
        for (String segment : path) {
            if (segment.indexOf('/') >= 0) {
                throw new BadUrlException("URL path component '" + segment + "' contains '/', which is not allowed in file names");
            }
            if (segment.indexOf('\0') >= 0) {
                throw new BadUrlException("URL path component '" + segment.replace("\0", "\u2400") + "' contains NUL byte which is not allowed");
            }
        }
        return String.join("/", path);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(scheme).append(':');
        if (authority != null) {
            s.append("//").append(authority);
        }
        s.append(encodePath(path));
        if (!query.isEmpty()) {
            s.append('?').append(encodeQuery(query));
        }
        if (!fragment.isEmpty()) {
            s.append('#').append(percentEncode(fragment, ""));
        }
        return s.toString();
    }

    // ---- characters -------------------------------------------------------------------------------------

    private static boolean isAlpha(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUnreserved(char c) {
        return isAlpha(c) || isDigit(c) || UNRESERVED_PUNCTUATION.indexOf(c) >= 0;
    }

    private static int hexValue(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
