package org.nixj.eval.builtins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.nixj.eval.Coercion;
import org.nixj.eval.EvalSettings;
import org.nixj.eval.Interpreter;
import org.nixj.eval.NixPaths;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixPath;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.StringContext;
import org.nixj.eval.value.Value;
import org.nixj.source.NulBytes;

/** Builtins that read files and paths: {@code import}, {@code readFile}, {@code readDir}, {@code findFile}, ... */
final class FileBuiltins {
    private FileBuiltins() {}

    static void register(BuiltinTable t) {
        Interpreter in = t.interpreter();
        t.globalFunction("import", 1, a -> in.importFile(a.path(0), a.pos()));
        t.globalFunction("scopedImport", 2, a -> in.scopedImport(a.attrs(0), a.path(1), a.pos()));
        t.function("toPath", 1, a -> NixString.of(a.path(0)));
        t.function("pathExists", 1, a -> {
            // As in current Nix: the path is canonicalised ("a/b/.." is "a"), and only a string that ends in "/" or
            // "/." must name a directory, its symbolic links followed; anything else exists if its last
            // component does, even as a dangling symbolic link.
            boolean mustBeDirectory = a.value(0) instanceof NixString s
                    && (s.value().endsWith("/") || s.value().endsWith("/."));
            Path file = in.file(a.path(0));
            return NixBool.of(mustBeDirectory ? Files.isDirectory(file) : Files.exists(file, LinkOption.NOFOLLOW_LINKS));
        });
        t.globalFunction("baseNameOf", 1, a -> {
            StringContext.Accumulator ctx = new StringContext.Accumulator();
            String s = a.interpreter().coerceToString(a.lazy(0), a.pos(), ctx,
                    "while evaluating the first argument passed to builtins.baseNameOf", Coercion.STRINGS);
            return new NixString(NixPaths.baseName(s), ctx.result());
        });
        t.globalFunction("dirOf", 1, a -> {
            Value v = a.value(0);
            if (v instanceof NixPath p) {
                return new NixPath(NixPaths.dirName(p.path()));
            }
            StringContext.Accumulator ctx = new StringContext.Accumulator();
            String s = a.interpreter().coerceToString(v, a.pos(), ctx,
                    "while evaluating the first argument passed to 'builtins.dirOf'", Coercion.STRINGS);
            return new NixString(NixPaths.dirName(s), ctx.result());
        });
        t.function("readFile", 1, a -> {
            String path = a.path(0);
            String contents = in.readFile(path, a.pos());
            if (NulBytes.contains(contents)) {
                // Nix strings cannot hold a NUL byte; Nix refuses the file rather than cut it short.
                throw new EvalError(ErrorKind.EVAL,
                        "the contents of the file '" + path + "' cannot be represented as a Nix string", a.pos());
            }
            return new NixString(contents, in.store().referencesIn(path, contents));
        });
        t.function("readFileType", 1, a -> NixString.of(fileType(a.path(0), in)));
        t.function("readDir", 1, a -> {
            String dir = a.path(0);
            Path file = in.file(dir);
            try (Stream<Path> entries = Files.list(file)) {
                List<Path> list = entries.toList();
                NixAttrs.Builder b = NixAttrs.builder(list.size());
                for (Path entry : list) {
                    b.put(NixPaths.fromFile(entry.getFileName()).intern(), NixString.of(typeOf(entry)));
                }
                return b.build();
            } catch (IOException e) {
                throw new EvalError(ErrorKind.IO, "opening directory '" + dir + "': " + Interpreter.describe(e));
            }
        });
        NixList nixPath = nixPath(t.interpreter().settings());
        t.function("findFile", 2, a -> {
            NixList searchPath = a.list(0);
            String name = a.stringNoContext(1);
            // Only <name> lookups in the search path itself fall back to the bundled nixpkgs.
            return in.findFile(searchPath, name, a.pos(), searchPath == nixPath);
        });
        t.constant("nixPath", nixPath);
    }

    private static NixList nixPath(EvalSettings settings) {
        List<EvalSettings.SearchPathEntry> entries = settings.searchPath();
        Lazy[] items = new Lazy[entries.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = NixAttrs.builder(2)
                    .put("path", NixString.of(entries.get(i).path()))
                    .put("prefix", NixString.of(entries.get(i).prefix()))
                    .build();
        }
        return NixList.of(items);
    }

    private static String fileType(String path, Interpreter in) {
        Path file = in.file(path);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new EvalError(ErrorKind.IO, "getting status of '" + path + "': No such file or directory");
        }
        return typeOf(file);
    }

    private static String typeOf(Path file) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attrs.isRegularFile() ? "regular" : attrs.isDirectory() ? "directory" : attrs.isSymbolicLink() ? "symlink" : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
