package org.nixj.eval.builtins;

import java.nio.file.Path;
import java.util.TreeSet;
import org.nixj.eval.EvalStore;
import org.nixj.eval.Interpreter;
import org.nixj.eval.NixPaths;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.ContextElement;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.StringContext;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;
import org.nixj.store.BadStorePathException;
import org.nixj.store.ContentAddress;
import org.nixj.store.FileIngestionMethod;
import org.nixj.store.LocalStore;
import org.nixj.store.PathFilter;
import org.nixj.store.Store;
import org.nixj.store.StorePath;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.store.hash.HashException;

/**
 * Builtins that put things into the store or name store paths: {@code toFile}, {@code path},
 * {@code filterSource} and {@code storePath}. Each result is a store path string whose context is that path.
 */
final class StoreBuiltins {
    private StoreBuiltins() {}

    static void register(BuiltinTable t) {
        t.function("toFile", 2, StoreBuiltins::toFile);
        t.function("path", 1, StoreBuiltins::path);
        t.function("filterSource", 2, a -> {
            String path = a.interpreter().coerceToPath(a.lazy(1), a.pos(), new StringContext.Accumulator(),
                    "while evaluating the second argument (the path to filter) passed to 'builtins.filterSource'");
            Value filter = a.interpreter().forceFunction(a.lazy(0), a.pos(),
                    "while evaluating the first argument passed to builtins.filterSource");
            return addPath(a, NixPaths.baseName(path), path, filter, FileIngestionMethod.NIX_ARCHIVE, null);
        });
        t.function("storePath", 1, StoreBuiltins::storePath);
    }

    /** {@code toFile name contents}: a text file whose references are the plain store paths in its context. */
    private static Value toFile(Args a) {
        String name = a.stringNoContext(0);
        NixString contents = a.string(1);
        EvalStore store = a.interpreter().store();
        TreeSet<StorePath> references = new TreeSet<>();
        for (ContextElement element : contents.context().parsed()) {
            if (!(element instanceof ContextElement.Opaque opaque)) {
                throw new EvalError(ErrorKind.EVAL, "files created by builtins.toFile may not reference derivations, but "
                        + name + " references " + baseNameForm(element), a.pos());
            }
            references.add(store.parse(opaque.path()));
        }
        return pathString(store, store.addText(name, contents.value(), references));
    }

    /** A context element as Nix's {@code to_string} writes it: with store paths as base names. */
    private static String baseNameForm(ContextElement element) {
        return switch (element) {
            case ContextElement.Opaque o -> NixPaths.baseName(o.path());
            case ContextElement.DrvDeep d -> "=" + NixPaths.baseName(d.drvPath());
            case ContextElement.Built b -> "!" + b.output() + "!" + NixPaths.baseName(b.drvPath());
        };
    }

    /** {@code builtins.path { path; name ? <base name>; filter ? null; recursive ? true; sha256 ? null; }}. */
    private static Value path(Args a) {
        Interpreter in = a.interpreter();
        NixAttrs args = a.attrs(0);
        String path = null;
        String name = "";
        Value filter = null;
        FileIngestionMethod method = FileIngestionMethod.NIX_ARCHIVE;
        Hash expected = null;
        for (int i = 0; i < args.size(); i++) {
            Lazy value = args.value(i);
            Pos pos = args.pos(i);
            switch (args.name(i)) {
                case "path" -> path = in.coerceToPath(value, pos, new StringContext.Accumulator(),
                        "while evaluating the 'path' attribute passed to 'builtins.path'");
                case "name" -> name = in.forceStringNoContext(value, pos, "while evaluating the `name` attribute passed to builtins.path");
                case "filter" -> filter = in.forceFunction(value, pos, "while evaluating the `filter` parameter passed to builtins.path");
                case "recursive" -> method = in.forceBool(value, pos, "while evaluating the `recursive` attribute passed to builtins.path")
                        ? FileIngestionMethod.NIX_ARCHIVE : FileIngestionMethod.FLAT;
                case "sha256" -> {
                    String text = in.forceStringNoContext(value, pos, "while evaluating the `sha256` attribute passed to builtins.path");
                    try {
                        expected = Hash.parseAny(text, HashAlgorithm.SHA256);
                    } catch (HashException e) {
                        throw new EvalError(ErrorKind.EVAL, e.getMessage());
                    }
                }
                default -> throw new EvalError(ErrorKind.EVAL, "unsupported argument '" + args.name(i) + "' to 'builtins.path'", pos);
            }
        }
        if (path == null) {
            throw new EvalError(ErrorKind.EVAL, "missing required 'path' attribute in the first argument to 'builtins.path'", a.pos());
        }
        return addPath(a, name.isEmpty() ? NixPaths.baseName(path) : name, path, filter, method, expected);
    }

    /**
     * Adds a file or tree, asking {@code filter} (a Nix function of the path and its type, or null) about each
     * entry. With an expected hash, the result must be the path that hash gives.
     */
    private static Value addPath(Args a, String name, String path, Value filter, FileIngestionMethod method, Hash expected) {
        Interpreter in = a.interpreter();
        EvalStore store = in.store();
        StorePath expectedPath = null;
        if (expected != null) {
            try {
                expectedPath = store.directory().makeFixedOutputPath(name, new ContentAddress(method, expected));
            } catch (BadStorePathException e) {
                throw new EvalError(ErrorKind.EVAL, e.getMessage());
            }
            if (store.isValid(expectedPath)) {
                return pathString(store, expectedPath);
            }
        }
        Path root = store.file(path);
        PathFilter pathFilter = filter == null ? PathFilter.ALL : (file, kind) -> {
            String entry = path + "/" + NixPaths.fromFile(root.relativize(file));
            Value keep = in.call(filter, NixString.of(entry), NixString.of(kind.nixName()), a.pos());
            return in.forceBool(keep, a.pos(), "while evaluating the return value of the path filter function");
        };
        Store.Added added = store.addPath(name, path, pathFilter, method, HashAlgorithm.SHA256);
        if (expectedPath != null && !expectedPath.equals(added.path())) {
            throw new EvalError(ErrorKind.EVAL, "store path mismatch in (possibly filtered) path added from '" + path + "'", a.pos());
        }
        return pathString(store, added.path());
    }

    /** {@code storePath p}: {@code p} (in the store, possibly below a store path) with that store path as context. */
    private static Value storePath(Args a) {
        Interpreter in = a.interpreter();
        if (in.settings().pure()) {
            throw new EvalError(ErrorKind.EVAL, "'builtins.storePath' is not allowed in pure evaluation mode", a.pos());
        }
        String path = in.coerceToPath(a.lazy(0), a.pos(), new StringContext.Accumulator(),
                "while evaluating the first argument passed to 'builtins.storePath'");
        EvalStore store = in.store();
        if (!store.directory().isStorePath(path)) {
            // Below a store path (or outside the store) the path must exist: Nix resolves its symbolic links.
            path = resolveSymlinks(store, path);
        }
        StorePath storePath;
        try {
            storePath = store.directory().storePathOf(path);
        } catch (BadStorePathException e) {
            throw new EvalError(ErrorKind.EVAL, "path '" + path + "' is not in the Nix store", a.pos());
        }
        return new NixString(path, StringContext.of(new ContextElement.Opaque(store.print(storePath))));
    }

    private static String resolveSymlinks(EvalStore store, String path) {
        try {
            Path real = store.file(path).toRealPath();
            Path root = store.root();
            Path physicalRoot = java.nio.file.Files.exists(root) ? root.toRealPath() : root;
            return real.startsWith(physicalRoot)
                    ? store.directory().path() + "/" + NixPaths.fromFile(physicalRoot.relativize(real))
                    : NixPaths.fromFile(real);
        } catch (java.io.IOException e) {
            throw new EvalError(ErrorKind.IO, "getting status of '" + path + "': No such file or directory");
        }
    }

    /** A store path as a string whose context is that path. */
    static NixString pathString(EvalStore store, StorePath path) {
        String text = store.print(path);
        return new NixString(text, StringContext.of(new ContextElement.Opaque(text)));
    }
}
