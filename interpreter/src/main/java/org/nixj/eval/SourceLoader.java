package org.nixj.eval;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.nixj.eval.code.Code;
import org.nixj.eval.code.Compiler;
import org.nixj.eval.code.Env;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixPath;
import org.nixj.eval.value.StringContext;
import org.nixj.eval.value.Value;
import org.nixj.parser.SourceParser;
import org.nixj.source.CanonicalPaths;
import org.nixj.source.ErrorRenderer;
import org.nixj.source.Pos;
import org.nixj.source.Source;
import org.nixj.store.Nar;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.syntax.Expr;

/**
 * Turns Nix source into compiled code and files into values for one evaluation: parsing and compiling in the
 * base environment, {@code import} (each file evaluated once), {@code scopedImport}, {@code readFile}, and
 * {@code <name>} lookups in the search path. Files are read through the evaluation's {@link EvalIO}.
 */
final class SourceLoader {
    /** The prefix the bundled nixpkgs answers to in {@code <...>} lookups. */
    private static final String BUNDLED_PREFIX = "nixpkgs";

    private final Interpreter interpreter;
    private final Compiler compiler;
    private final Map<String, Value> imports = new HashMap<>();
    private String bundledNixpkgs;

    SourceLoader(Interpreter interpreter, Map<String, Value> globals) {
        this.interpreter = interpreter;
        this.compiler = new Compiler(interpreter, globals);
    }

    private Path file(String path) {
        return interpreter.file(path);
    }

    private String homeDirectory() {
        return interpreter.io().homeDirectory();
    }

    /** Parses and compiles {@code source} in the base environment, ready to be evaluated. */
    Code compile(Source source) {
        return compiler.compile(parse(source));
    }

    /**
     * Parses {@code source} as the evaluation's settings say (pipe operators, literal lints), its lint
     * warnings printed as Nix prints them.
     */
    private Expr parse(Source source) {
        return SourceParser.parse(source, homeDirectory(), interpreter.settings().parseOptions(),
                warning -> interpreter.diagnostic(ErrorRenderer.renderWarning(warning).stripTrailing()));
    }

    /** Compiles {@code expr} only to check its variables. */
    void checkVariables(Expr expr) {
        compiler.compile(expr);
    }

    /** Evaluates {@code source} to weak head normal form. */
    Value evaluate(Source source) {
        return compile(source).eval(null);
    }

    /** {@code import path}: the file's value, evaluated once per path; a directory means its default.nix. */
    Value importFile(String path, Pos pos) {
        String file = resolveImport(path, pos);
        Value cached = imports.get(file);
        if (cached != null) {
            return cached;
        }
        Value value = evaluate(readSource(file, pos));
        imports.put(file, value);
        return value;
    }

    /** {@code scopedImport attrs path}: the file evaluated with {@code attrs} in scope, never cached. */
    Value scopedImport(NixAttrs scope, String path, Pos pos) {
        String file = resolveImport(path, pos);
        return compileInScope(readSource(file, pos), scope, false).force();
    }

    /**
     * {@code source} parsed and compiled now with the attributes of {@code scope} as its innermost
     * variables, then evaluated (or, with {@code lazily}, a thunk that evaluates it when first forced).
     */
    Lazy compileInScope(Source source, NixAttrs scope, boolean lazily) {
        Expr expr = parse(source);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < scope.size(); i++) {
            names.add(scope.name(i));
        }
        Code code = compiler.compileWithScope(expr, names);
        Lazy[] values = new Lazy[scope.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = scope.value(i);
        }
        Env env = Env.of(values);
        return lazily ? code.lazy(env) : code.eval(env);
    }

    /** Forgets the files imported so far (the REPL's {@code :reload}). */
    void forgetImports() {
        imports.clear();
    }

    private String resolveImport(String path, Pos pos) {
        Path file = file(path);
        if (Files.isDirectory(file)) {
            return path.equals("/") ? "/default.nix" : path + "/default.nix";
        }
        return path;
    }

    private Source readSource(String path, Pos pos) {
        try {
            return Source.ofFile(path, FileContents.read(file(path), path));
        } catch (IOException e) {
            throw new EvalError(ErrorKind.IO, "opening file '" + path + "': " + describe(e));
        }
    }

    /** {@code builtins.readFile}: the file's bytes. */
    String readFile(String path, Pos pos) {
        try {
            byte[] bytes = FileContents.read(file(path), path);
            return ByteStrings.of(bytes);
        } catch (IOException e) {
            throw new EvalError(ErrorKind.IO, "opening file '" + path + "': " + describe(e));
        }
    }

    /** {@code builtins.hashFile}: the file is streamed through the digest, so its size does not matter. */
    Hash hashFile(String path, HashAlgorithm algorithm) {
        try {
            return Nar.hashFile(file(path), algorithm);
        } catch (IOException e) {
            throw new EvalError(ErrorKind.IO, "opening file '" + path + "': " + describe(e));
        }
    }

    /** An I/O failure in the words of the C library, as Nix reports it. */
    static String describe(IOException e) {
        return switch (e) {
            case NoSuchFileException x -> "No such file or directory";
            case AccessDeniedException x -> "Permission denied";
            case NotDirectoryException x -> "Not a directory";
            default -> Files.isDirectory(Path.of(String.valueOf(e.getMessage()))) ? "Is a directory"
                    : String.valueOf(e.getMessage());
        };
    }

    /**
     * {@code builtins.findFile}: {@code <name>} looked up in a search path of {@code { prefix, path }} sets;
     * then, with {@code orBundled}, {@code nixpkgs} and {@code nixpkgs/...} in the bundled nixpkgs (see
     * {@link EvalSettings#bundledNixpkgs()}); then {@code nix/fetchurl.nix} among the {@link CorePackages}.
     */
    Value findFile(NixList searchPath, String name, Pos pos, boolean orBundled) {
        for (int i = 0; i < searchPath.size(); i++) {
            NixAttrs entry = interpreter.forceAttrs(searchPath.get(i), pos, "while evaluating an element of the list passed to builtins.findFile");
            Lazy prefixValue = entry.get("prefix");
            String prefix = prefixValue == null ? "" : interpreter.forceStringNoContext(prefixValue, pos,
                    "while evaluating the `prefix` attribute of an element of the list passed to builtins.findFile");
            Lazy pathValue = Interpreter.requireAttr(entry, "path", pos, "in an element of the __nixPath");
            String rest;
            if (prefix.isEmpty()) {
                rest = name;
            } else if (name.equals(prefix)) {
                rest = "";
            } else if (name.startsWith(prefix + "/")) {
                rest = name.substring(prefix.length() + 1);
            } else {
                continue;
            }
            String base = interpreter.coerceToString(pathValue, pos, new StringContext.Accumulator(),
                    "while evaluating the `path` attribute of an element of the list passed to builtins.findFile",
                    Coercion.STRINGS);
            if (base.contains("://")) {
                continue;
            }
            String candidate = CanonicalPaths.canonicalize(rest.isEmpty() ? base : base + "/" + rest);
            if (Files.exists(file(candidate))) {
                return new NixPath(candidate);
            }
        }
        if (orBundled && interpreter.settings().bundledNixpkgs() != null
                && (name.equals(BUNDLED_PREFIX) || name.startsWith(BUNDLED_PREFIX + "/"))) {
            String candidate = CanonicalPaths.canonicalize(bundledNixpkgs() + name.substring(BUNDLED_PREFIX.length()));
            if (Files.exists(file(candidate))) {
                return new NixPath(candidate);
            }
        }
        String corePackage = CorePackages.fileName(name);
        if (corePackage != null) {
            // As in Nix, after the search path, and in pure evaluation too.
            EvalStore store = interpreter.store();
            return new NixPath(store.print(store.addText(corePackage, CorePackages.text(corePackage), new TreeSet<>())));
        }
        throw new EvalError(ErrorKind.EVAL, interpreter.settings().pure()
                ? "cannot look up '<" + name + ">' in pure evaluation mode (use '--impure' to override)"
                : "file '" + name + "' was not found in the Nix search path (add it using $NIX_PATH or -I)", pos);
    }

    /** The bundled nixpkgs' folder, asked of the settings once, when a lookup first needs it. */
    /** The bundled nixpkgs' folder if a lookup has used it, else null (restricted mode allows it then). */
    String usedBundledNixpkgs() {
        return bundledNixpkgs;
    }

    private String bundledNixpkgs() {
        if (bundledNixpkgs == null) {
            bundledNixpkgs = NixPaths.fromFile(interpreter.settings().bundledNixpkgs().get());
        }
        return bundledNixpkgs;
    }
}
