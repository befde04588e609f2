package org.nixj.flake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple;

/**
 * Property: a reference printed as a URL parses back to the same reference (the same attributes), and
 * prints the same again; and the attribute form gives the reference back too.
 *
 * <p>References are generated in the forms Nix itself round-trips: attributes that Nix does not print
 * (Git's {@code allRefs}, {@code revCount} and {@code narHash}; a forge's {@code lastModified}; a tarball's
 * {@code rev}; Booleans that are false) are left out, as are {@code file} inputs, which Nix prints without
 * their {@code file+} prefix so that they parse back as tarballs. URLs in attributes are given in the form Nix
 * prints them (Nix keeps a Mercurial or tarball URL as it was given, but prints it re-encoded).
 */
class FlakeRefRoundTripProperties {
    /** Characters that need percent-encoding or are special somewhere in a URL, and some that are not. */
    private static final String TEXT_CHARS = "abcxyzXYZ0189-._~!$&'()*+,;=:@ %#?\"[]^{}|\\\u00e9\u20ac";

    @Property(tries = 3000)
    void printedReferencesParseBackToThemselves(@ForAll("references") Map<String, Object> attrs) {
        FlakeRef ref = FlakeRef.fromAttrs(attrs);
        String printed = ref.toString();
        FlakeRef back = FlakeRef.parse(printed, null);
        assertEquals(ref.toAttrs(), back.toAttrs(), printed);
        assertEquals(ref, back, printed);
        assertEquals(printed, back.toString());
    }

    @Property(tries = 1000)
    void theAttributeFormGivesTheReferenceBack(@ForAll("references") Map<String, Object> attrs) {
        FlakeRef ref = FlakeRef.fromAttrs(attrs);
        assertEquals(ref, FlakeRef.fromAttrs(ref.toAttrs()));
    }

    /**
     * Property: any text either parses or fails with a {@link FlakeException} (never another exception),
     * and what it parses to prints (or fails to print) in a form that parses and prints the same again. The
     * exception is Nix's own: a file name starting with {@code //} prints as {@code path://...}, which reads
     * as a URL with an authority.
     */
    @Property(tries = 3000)
    void anyTextParsesOrFailsCleanly(@ForAll("texts") String text) {
        FlakeRef ref;
        String printed;
        try {
            ref = FlakeRef.parse(text, null);
            printed = ref.toString();
        } catch (FlakeException e) {
            return;
        }
        if (printed.startsWith("path://")) {
            return;
        }
        assertEquals(printed, FlakeRef.parse(printed, null).toString(), text);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> prefix = Arbitraries.of("", "/", "nixpkgs", "nixpkgs/", "flake:", "github:", "gitlab:a/", "sourcehut:~",
                "path:", "path:/", "git+https://", "git+file:", "git+ssh://git@h", "git://", "hg+https://h/", "https://h/",
                "tarball+https://h", "file+http://h/", "file:", "file+git://", "ftp://");
        Arbitrary<String> plain = Arbitraries.strings().withChars("ab09/:.~-_@=+AF").ofMaxLength(24);
        Arbitrary<String> wild = Arbitraries.strings().withChars("ab09/:?#%=&@.~-_ +[]\"\u00e9AF").ofMaxLength(24);
        Arbitrary<String> rest = Arbitraries.frequencyOf(Tuple.of(4, plain), Tuple.of(1, wild));
        Arbitrary<String> params = Arbitraries.of("", "?dir=x", "?ref=main", "?rev=2aae6c35c94fcfb415dbe95f408b9ce91ee846ed",
                "?narHash=sha256-tgvHTFvF2ho9BKLNRn8mORqP%2Ffe3o5kdzmF6BUhIWoo%3D", "?shallow=1&submodules=0", "?revCount=12",
                "?host=h.org", "#frag");
        return Combinators.combine(prefix, rest, params).as((p, r, q) -> p + r + q);
    }

    @Provide
    Arbitrary<Map<String, Object>> references() {
        return Arbitraries.oneOf(forge(), git(), path(), indirect(), tarball(), mercurial());
    }

    private static Arbitrary<String> text(boolean slashes) {
        return Arbitraries.strings().withChars(TEXT_CHARS + (slashes ? "/" : "")).ofMinLength(1).ofMaxLength(8);
    }

    private static Arbitrary<String> refName() {
        return Arbitraries.strings().withChars("abz019-._/@+#,").ofMinLength(1).ofMaxLength(12).filter(GitRefNames::isLegal);
    }

    private static Arbitrary<String> rev() {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(40);
    }

    private static Arbitrary<String> narHash() {
        return Arbitraries.bytes().array(byte[].class).ofSize(32).map(b -> "sha256-" + Base64.getEncoder().encodeToString(b));
    }

    private static Arbitrary<String> dir() {
        return text(true).injectNull(0.5);
    }

    private static Arbitrary<String> host() {
        return Arbitraries.strings().withChars("abcz0129.").ofMinLength(1).ofMaxLength(10);
    }

    private static Map<String, Object> attrs(Object... namesAndValues) {
        Map<String, Object> attrs = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                attrs.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return attrs;
    }

    private Arbitrary<Map<String, Object>> forge() {
        Arbitrary<String[]> refOrRev = Arbitraries.oneOf(refName().map(r -> new String[] {r, null}),
                rev().map(r -> new String[] {null, r}), Arbitraries.just(new String[] {null, null}));
        return Combinators.combine(Arbitraries.of("github", "gitlab", "sourcehut"), text(true), text(true), refOrRev,
                        Arbitraries.strings().withChars("abcz09.-").ofMaxLength(10).injectNull(0.7), narHash().injectNull(0.7), dir())
                .as((type, owner, repo, rr, host, narHash, dir) -> attrs("type", type, "owner", owner, "repo", repo,
                        "ref", rr[0], "rev", rr[1], "host", host, "narHash", narHash, "dir", dir));
    }

    private Arbitrary<Map<String, Object>> git() {
        Arbitrary<String> url = Combinators.combine(Arbitraries.of("https", "http", "ssh", "file", "git"), host(),
                        text(false).list().ofMaxSize(3), text(false).injectNull(0.7), Arbitraries.of("", "git@"))
                .as((scheme, host, segments, query, user) -> {
                    List<String> path = new java.util.ArrayList<>(List.of(""));
                    path.addAll(segments);
                    ParsedUrl.Authority authority = scheme.equals("file") ? ParsedUrl.Authority.EMPTY
                            : new ParsedUrl.Authority(ParsedUrl.HostType.NAME, host, user.isEmpty() ? null : "git", null, null);
                    Map<String, String> params = query == null ? Map.of() : Map.of("q", query);
                    return new ParsedUrl(scheme, authority, path.size() == 1 ? List.of("") : path, params, "").toString();
                });
        return Combinators.combine(url, refName().injectNull(0.5), rev().injectNull(0.5), Arbitraries.of(true).injectNull(0.5),
                        Arbitraries.of(true).injectNull(0.7), Arbitraries.of(true).injectNull(0.8), dir())
                .as((u, ref, rev, shallow, submodules, exportIgnore, dir) -> attrs("type", "git", "url", u, "ref", ref, "rev", rev,
                        "shallow", shallow, "submodules", submodules, "exportIgnore", exportIgnore, "dir", dir));
    }

    private Arbitrary<Map<String, Object>> path() {
        Arbitrary<String> path = text(false).list().ofMinSize(1).ofMaxSize(4).map(segments -> "/" + String.join("/", segments));
        return Combinators.combine(path, text(true).injectNull(0.7), Arbitraries.longs().greaterOrEqual(0).injectNull(0.7),
                        Arbitraries.longs().between(0, 4_000_000_000L).injectNull(0.7), narHash().injectNull(0.6), dir())
                .as((p, rev, revCount, lastModified, narHash, dir) -> attrs("type", "path", "path", p, "rev", rev,
                        "revCount", revCount, "lastModified", lastModified, "narHash", narHash, "dir", dir));
    }

    private Arbitrary<Map<String, Object>> indirect() {
        Arbitrary<String> id = Combinators.combine(Arbitraries.chars().range('a', 'z'),
                        Arbitraries.strings().withChars("abzAZ09_-").ofMaxLength(8))
                .as((first, rest) -> first + rest);
        return Combinators.combine(id, refName().injectNull(0.5), rev().injectNull(0.6), dir())
                .as((i, ref, rev, dir) -> attrs("type", "indirect", "id", i, "ref", ref, "rev", rev, "dir", dir));
    }

    private Arbitrary<Map<String, Object>> tarball() {
        Arbitrary<String> url = Combinators.combine(Arbitraries.of("https", "http"), host(), text(false).list().ofMaxSize(2),
                        Arbitraries.of(".tar.gz", ".zip", ".tar.zst", ""), text(false).injectNull(0.7))
                .as((scheme, host, segments, extension, query) -> {
                    List<String> path = new java.util.ArrayList<>(List.of(""));
                    path.addAll(segments);
                    path.add("src" + extension);
                    return new ParsedUrl(scheme, new ParsedUrl.Authority(ParsedUrl.HostType.NAME, host, null, null, null), path,
                            query == null ? Map.of() : Map.of("q", query), "").toString();
                });
        return Combinators.combine(url, narHash().injectNull(0.5), dir())
                .as((u, narHash, dir) -> attrs("type", "tarball", "url", u, "narHash", narHash, "dir", dir));
    }

    private Arbitrary<Map<String, Object>> mercurial() {
        Arbitrary<String> ref = Arbitraries.strings().withChars("abz019_.@+-/").ofMinLength(1).ofMaxLength(8)
                .filter(r -> r.matches("[a-zA-Z0-9@][a-zA-Z0-9_./@+-]*"));
        return Combinators.combine(host(), text(false), ref.injectNull(0.5), rev().injectNull(0.5), dir())
                .as((host, repo, r, rev, dir) -> attrs("type", "hg", "url", "https://" + host + "/" + ParsedUrl.encodePath(List.of(repo)),
                        "ref", r, "rev", rev, "dir", dir));
    }
}
