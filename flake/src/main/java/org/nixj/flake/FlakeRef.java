package org.nixj.flake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nixj.eval.ByteStrings;
import org.nixj.fetch.FetchInput;
import org.nixj.os.FileNames;

/**
 * A flake reference as current Nix has it: an input (sorted attributes of strings, Booleans and
 * non-negative integers, among them {@code type}) and the subdirectory of the input that holds the flake
 * ({@code ?dir=} in URL form, {@code dir} in attribute form; empty for the input's root).
 *
 * <p>The URL forms are those of Nix: {@code path:}, {@code git+https:} (and {@code git+ssh:},
 * {@code git+http:}, {@code git+file:}, {@code git:}), {@code github:}, {@code gitlab:}, {@code sourcehut:},
 * {@code hg+https:} and friends, {@code tarball+https:}, {@code file+https:}, plain {@code https://}
 * archive URLs, {@code flake:} and the short indirect form ({@code nixpkgs/nixos-unstable}), and file names.
 * Parsing tries, as Nix does, the indirect short form, then a URL, then a file name; a URL that an input
 * type rejects as malformed is tried again as a file name, so such references are reported as paths.
 *
 * @param input the input's attributes, without {@code dir}
 * @param subdir the flake's directory within the input, relative, or empty
 */
public record FlakeRef(SortedMap<String, Object> input, String subdir) {
    private static final String FLAKE_ID = "[a-zA-Z][a-zA-Z0-9_-]*";
    private static final String REF = "[a-zA-Z0-9@][a-zA-Z0-9_./@+-]*";
    private static final String REV = "[0-9a-fA-F]{40}";
    private static final String PCHAR = "(?:[a-zA-Z0-9._~-]|%[0-9a-fA-F][0-9a-fA-F]|[!$&'\"()*+,;=]|[:@])";
    /** {@code id[/ref][/rev]} or {@code id/rev}, then an optional {@code #fragment}. */
    private static final Pattern FLAKE_ID_REF = Pattern.compile("((" + FLAKE_ID + ")(?:/(?:(" + REV + ")|(?:(" + REF
            + ")(?:/(" + REV + "))?)))?)(?:#((?:" + PCHAR + "|[/? \"^])*))?");
    private static final Pattern PATH_REF = Pattern.compile("([^?#]*)(\\?([^#]*))?(#([^\n\r]*))?");

    public FlakeRef {
        input = Collections.unmodifiableSortedMap(new TreeMap<>(input));
        Objects.requireNonNull(subdir);
    }

    /** A reference and the fragment that followed it ({@code .#packages.x86_64-linux.hello}), decoded. */
    public record WithFragment(FlakeRef ref, String fragment) {}

    /**
     * How a reference is read where Nix reads it. The defaults ({@link #DEFAULT}) are those of the command
     * line and of {@code builtins.parseFlakeRef} ({@code allowMissing} only matters with a base directory).
     *
     * @param allowMissing a file name need not lead to a {@code flake.nix}: its directory is taken as it is,
     *     without searching the parent directories
     * @param isFlake the reference is to a flake, whose source is a tree: a plain {@code https://} URL is a
     *     tarball, and a file name must be a directory (without it, as for {@code flake = false} inputs, a
     *     plain URL without an archive extension is a file, and a file name is used as it is)
     * @param preserveRelativePaths without a base directory, a relative file name is a relative
     *     {@code path:} reference rather than an error (as for inputs in {@code flake.nix})
     */
    public record ParseOptions(boolean allowMissing, boolean isFlake, boolean preserveRelativePaths) {
        public static final ParseOptions DEFAULT = new ParseOptions(false, true, false);
    }

    /**
     * Parses a flake reference. With {@code baseDirectory}, file names are relative to it (as on Nix's
     * command line): a bare file name must lead to a directory with a {@code flake.nix} (the parent
     * directories are searched when it has none), and a flake inside a Git work tree becomes a
     * {@code git+file:} reference to the repository root with the flake's directory as {@code ?dir=}.
     * Without one ({@code null}, as in {@code builtins.parseFlakeRef}), a bare file name must be absolute and
     * is a {@code path:} reference; nothing is read from the disk.
     */
    public static FlakeRef parse(String text, Path baseDirectory) {
        return parse(text, baseDirectory, ParseOptions.DEFAULT);
    }

    /** {@link #parse(String, Path)}, read as {@code options} say. */
    public static FlakeRef parse(String text, Path baseDirectory, ParseOptions options) {
        WithFragment parsed = parseWithFragment(text, baseDirectory, options);
        if (!parsed.fragment().isEmpty()) {
            throw new FlakeException("unexpected fragment '" + parsed.fragment() + "' in flake reference '" + text + "'");
        }
        return parsed.ref();
    }

    /** {@link #parse(String, Path)}, for references that may be followed by {@code #fragment}. */
    public static WithFragment parseWithFragment(String text, Path baseDirectory) {
        return parseWithFragment(text, baseDirectory, ParseOptions.DEFAULT);
    }

    /** {@link #parse(String, Path, ParseOptions)}, for references that may be followed by {@code #fragment}. */
    public static WithFragment parseWithFragment(String text, Path baseDirectory, ParseOptions options) {
        Path base = baseDirectory == null ? null : baseDirectory.toAbsolutePath();
        WithFragment ref = parseFlakeIdRef(text, options);
        if (ref == null) {
            ref = parseUrlRef(text, base, options);
        }
        return ref != null ? ref : parsePathRef(text, base, options);
    }

    /** {@code nixpkgs}, {@code nixpkgs/nixos-unstable}, ...: short for {@code flake:...}. */
    private static WithFragment parseFlakeIdRef(String text, ParseOptions options) {
        Matcher m = FLAKE_ID_REF.matcher(text);
        if (!m.matches()) {
            return null;
        }
        ParsedUrl url = new ParsedUrl("flake", null, ParsedUrl.splitPath(m.group(1)), Map.of(), "");
        String fragment = m.group(6) == null ? "" : ParsedUrl.percentDecode(m.group(6));
        return new WithFragment(new FlakeRef(Inputs.fromUrl(url, options.isFlake()), ""), fragment);
    }

    private static WithFragment parseUrlRef(String text, Path base, ParseOptions options) {
        try {
            ParsedUrl url = ParsedUrl.parse(text, true);
            if (base != null && (url.scheme.equals("path") || url.scheme.equals("git+file"))) {
                String path = url.filePath();
                if (!path.startsWith("/")) {
                    url.path = ParsedUrl.splitPath(canonPath(FileNames.text(base) + "/" + path, false));
                }
            }
            return fromParsedUrl(url, options);
        } catch (BadUrlException e) {
            return null;
        }
    }

    private static WithFragment fromParsedUrl(ParsedUrl url, ParseOptions options) {
        String dir = url.query.remove("dir");
        String fragment = url.fragment;
        url.fragment = "";
        return new WithFragment(new FlakeRef(Inputs.fromUrl(url, options.isFlake()), dir == null ? "" : dir), fragment);
    }

    private static WithFragment parsePathRef(String text, Path base, ParseOptions options) {
        Matcher m = PATH_REF.matcher(text);
        if (!m.matches()) {
            throw new FlakeException("invalid flakeref '" + text + "'");
        }
        String path = m.group(1);
        TreeMap<String, String> query = ParsedUrl.decodeQuery(m.group(3) == null ? "" : m.group(3), true);
        String fragment = ParsedUrl.percentDecode(m.group(5) == null ? "" : m.group(5));
        if (base != null) {
            path = canonPath(path.startsWith("/") ? path : FileNames.text(base) + "/" + path, true);
            if (options.isFlake()) {
                path = findFlakeDirectory(path, options.allowMissing());
                String flakeRoot = path;
                String subdir = "";
                while (!flakeRoot.equals("/")) {
                    if (exists(flakeRoot + "/.git")) {
                        ParsedUrl url = new ParsedUrl("git+file", ParsedUrl.Authority.EMPTY, ParsedUrl.splitPath(flakeRoot), query, fragment);
                        if (!subdir.isEmpty()) {
                            if (url.query.containsKey("dir")) {
                                throw new FlakeException("flake URL '" + text + "' has an inconsistent 'dir' parameter");
                            }
                            url.query.put("dir", subdir);
                        }
                        if (exists(flakeRoot + "/.git/shallow")) {
                            url.query.put("shallow", "1");
                        }
                        return fromParsedUrl(url, options);
                    }
                    subdir = baseName(flakeRoot) + (subdir.isEmpty() ? "" : "/" + subdir);
                    flakeRoot = dirOf(flakeRoot);
                }
            }
        } else if (!options.preserveRelativePaths() && !path.startsWith("/")) {
            throw new BadUrlException("flake reference '" + text + "' is not an absolute path");
        }
        return fromParsedUrl(new ParsedUrl("path", ParsedUrl.Authority.EMPTY, ParsedUrl.splitPath(path), query, fragment), options);
    }

    /**
     * The directory of the flake {@code path} names: {@code path} itself, its directory when it is a
     * {@code flake.nix}, or (unless {@code allowMissing}) the nearest parent with a {@code flake.nix} (not
     * crossing a Git repository's root or a file system boundary).
     */
    private static String findFlakeDirectory(String path, boolean allowMissing) {
        Path file = FileNames.of(path);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FlakeException("getting status of '" + path + "': No such file or directory");
        }
        if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!baseName(path).equals("flake.nix")) {
                throw new BadUrlException("path '" + path + "' is not a flake (because it's not a directory)");
            }
            // Nix warns that the directory, not its flake.nix, should be named, and goes on.
            path = dirOf(path);
        }
        if (!allowMissing && !exists(path + "/flake.nix")) {
            Object device = device(path);
            boolean found = false;
            while (!path.equals("/")) {
                if (exists(path + "/flake.nix")) {
                    found = true;
                    break;
                } else if (exists(path + "/.git")) {
                    throw new FlakeException("path '" + path + "' is not part of a flake (neither it nor its parent"
                            + " directories contain a 'flake.nix' file)");
                } else if (device != null && !device.equals(device(path))) {
                    throw new FlakeException("unable to find a flake before encountering filesystem boundary at '" + path + "'");
                }
                path = dirOf(path);
            }
            if (!found) {
                throw new BadUrlException("could not find a flake.nix file");
            }
        }
        return path;
    }

    private static boolean exists(String path) {
        return Files.exists(FileNames.of(path), LinkOption.NOFOLLOW_LINKS);
    }

    /** The device a file is on, or null where the file system does not say. */
    private static Object device(String path) {
        try {
            return Files.getAttribute(FileNames.of(path), "unix:dev", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String dirOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Nix's {@code canonPath}: an absolute path without {@code .}, {@code ..} and repeated slashes, and with
     * symbolic links resolved when asked ({@code ..} then applies to where a link led).
     */
    static String canonPath(String path, boolean resolveSymlinks) {
        StringBuilder s = new StringBuilder();
        String todo = path;
        int i = 0;
        int followed = 0;
        while (true) {
            while (i < todo.length() && todo.charAt(i) == '/') {
                i++;
            }
            if (i >= todo.length()) {
                break;
            }
            int end = todo.indexOf('/', i);
            if (end < 0) {
                end = todo.length();
            }
            String component = todo.substring(i, end);
            i = end;
            if (component.equals(".")) {
                continue;
            }
            if (component.equals("..")) {
                s.setLength(Math.max(s.lastIndexOf("/"), 0));
                continue;
            }
            s.append('/').append(component);
            Path link = FileNames.of(s.toString());
            if (resolveSymlinks && Files.isSymbolicLink(link)) {
                if (++followed >= 1024) {
                    throw new FlakeException("infinite symlink recursion in path '" + path + "'");
                }
                String target;
                try {
                    target = FileNames.text(Files.readSymbolicLink(link));
                } catch (NoSuchFileException e) {
                    throw new FlakeException("reading symbolic link '" + s + "': No such file or directory");
                } catch (IOException e) {
                    throw new FlakeException("reading symbolic link '" + s + "': " + e.getMessage(), e);
                }
                todo = target + todo.substring(i);
                i = 0;
                s.setLength(target.startsWith("/") ? 0 : Math.max(s.lastIndexOf("/"), 0));
            }
        }
        return s.isEmpty() ? "/" : s.toString();
    }

    /**
     * A reference given as attributes ({@code { type = "github"; owner = "NixOS"; repo = "nixpkgs"; }}), as
     * flake inputs, {@code builtins.getFlake} and {@code builtins.flakeRefToString} take it: {@code dir} is the
     * subdirectory, the rest is checked by the input's type. Values are strings, Booleans and non-negative
     * {@code Long}s.
     */
    public static FlakeRef fromAttrs(Map<String, Object> attrs) {
        TreeMap<String, Object> inputAttrs = new TreeMap<>();
        attrs.forEach((name, value) -> {
            if (!(value instanceof String || value instanceof Boolean || value instanceof Long)) {
                throw new IllegalArgumentException("flake reference attribute '" + name + "' is a "
                        + (value == null ? "null" : value.getClass().getName()) + ", not a String, Boolean or Long");
            }
            if (value instanceof Long n && n < 0) {
                throw new FlakeException("negative value given for flake ref attr " + name + ": " + n);
            }
            if (!name.equals("dir")) {
                inputAttrs.put(name, value);
            }
        });
        TreeMap<String, Object> input = Inputs.fromAttrs(inputAttrs);
        return new FlakeRef(input, InputAttrs.maybeString(attrs, "dir").orElse(""));
    }

    /** The attribute form, as {@code builtins.parseFlakeRef} returns it: the input's attributes and {@code dir}. */
    public Map<String, Object> toAttrs() {
        TreeMap<String, Object> attrs = new TreeMap<>(input);
        if (!subdir.isEmpty()) {
            attrs.putIfAbsent("dir", subdir);
        }
        return Collections.unmodifiableSortedMap(attrs);
    }

    /**
     * The URL form, as Nix prints flake references ({@code github:NixOS/nixpkgs/nixos-unstable},
     * {@code git+file:///repo?dir=sub&ref=main}, {@code flake:nixpkgs}); an input of a type nixj does not
     * know cannot be printed (a {@link FlakeException}, as in Nix).
     */
    @Override
    public String toString() {
        ParsedUrl url = Inputs.toUrl(input);
        if (!subdir.isEmpty()) {
            url.query.putIfAbsent("dir", subdir);
        }
        return url.toString();
    }

    /** Whether the reference is to be looked up in the flake registries ({@code flake:nixpkgs}). */
    public boolean isIndirect() {
        return !Inputs.isDirect(input);
    }

    /**
     * Whether the reference always denotes the same tree: {@code path} and tarballs need a {@code narHash},
     * Git and Mercurial a {@code rev} (Git's not all zeros), GitHub, GitLab and SourceHut a {@code rev};
     * indirect references never are.
     */
    public boolean isLocked() {
        return Inputs.isLocked(input);
    }

    /**
     * The input, for the fetchers (without the subdirectory). They take strings as the evaluator has them, byte
     * strings, so a path or URL that is not ASCII is given as its bytes.
     */
    public FetchInput toFetchInput() {
        TreeMap<String, Object> attrs = new TreeMap<>();
        input.forEach((name, value) -> attrs.put(name, value instanceof String s ? ByteStrings.fromText(s) : value));
        return new FetchInput(attrs);
    }
}
