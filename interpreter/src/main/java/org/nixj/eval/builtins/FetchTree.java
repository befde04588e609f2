package org.nixj.eval.builtins;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.nixj.eval.Coercion;
import org.nixj.eval.EvalStore;
import org.nixj.eval.Interpreter;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixPath;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.StringContext;
import org.nixj.eval.value.Value;
import org.nixj.fetch.FetchException;
import org.nixj.fetch.FetchInput;
import org.nixj.fetch.FetchedTree;
import org.nixj.source.Pos;
import org.nixj.store.hash.HashFormat;

/**
 * {@code fetchTree} and {@code fetchGit}: an input (an attribute set with a {@code type}, or a URL) is checked
 * as Nix checks it, fetched, and described by an attribute set ({@code outPath}, {@code narHash}, and per type
 * {@code rev}, {@code shortRev}, {@code revCount}, {@code lastModified}, {@code lastModifiedDate},
 * {@code submodules}, {@code dirtyRev}).
 *
 * <p>Types: {@code path}, {@code tarball}, {@code file}, {@code git}, and the forges' archives {@code github},
 * {@code gitlab} and {@code sourcehut} (a locked one whose {@code narHash} names a tree in the store is taken
 * from there without asking the forge).
 */
final class FetchTree {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private FetchTree() {}

    static Value fetch(Args a, boolean isFetchGit) {
        return fetch(a, isFetchGit, true);
    }

    /**
     * {@code fetchTree} without pure evaluation's refusal of unlocked inputs: for sources already decided on
     * outside the evaluation, as a flake's own dirty Git tree (Nix's {@code fetchFinalTree}).
     */
    static Value fetchFinal(Args a) {
        return fetch(a, false, false);
    }

    private static Value fetch(Args a, boolean isFetchGit, boolean checkPurity) {
        try {
            return fetchInput(a, isFetchGit, checkPurity);
        } catch (FetchException e) {
            throw Interpreter.fetchError(e);
        }
    }

    private static Value fetchInput(Args a, boolean isFetchGit, boolean checkPurity) {
        String who = isFetchGit ? "fetchGit" : "fetchTree";
        FetchInput input = isFetchGit || a.value(0) instanceof NixAttrs ? fromAttrsOrGitUrl(a, who, isFetchGit)
                : FetchInput.fromUrl(a.interpreter().coerceToString(a.value(0), a.pos(), new StringContext.Accumulator(),
                        "while evaluating the first argument passed to '" + who + "'", Coercion.STRINGS));
        if (checkPurity && a.interpreter().settings().pure() && !input.isLocked()) {
            throw new EvalError(ErrorKind.EVAL, "in pure evaluation mode, '" + who + "' doesn't fetch unlocked input '"
                    + input + "'", a.pos());
        }
        return describe(a, input, a.interpreter().inputFetcher().fetch(input), isFetchGit);
    }

    /** The argument of {@code fetchGit} (a set or a URL) or {@code fetchTree} (a set), as an input. */
    private static FetchInput fromAttrsOrGitUrl(Args a, String who, boolean isFetchGit) {
        Interpreter in = a.interpreter();
        TreeMap<String, Object> attrs = new TreeMap<>();
        if (!(a.value(0) instanceof NixAttrs args)) {
            String url = in.coerceToString(a.value(0), a.pos(), new StringContext.Accumulator(),
                    "while evaluating the first argument passed to '" + who + "'", Coercion.STRINGS);
            attrs.put("type", "git");
            attrs.put("url", FetchInput.fixGitUrl(url));
            attrs.put("exportIgnore", true);
            return new FetchInput(attrs);
        }
        String type = isFetchGit ? "git" : null;
        Lazy typeValue = args.get("type");
        if (typeValue != null) {
            if (isFetchGit) {
                throw new EvalError(ErrorKind.EVAL, "unexpected argument 'type'", a.pos());
            }
            type = in.forceStringNoContext(typeValue, args.posOf("type"), "while evaluating the `type` argument passed to '" + who + "'");
        } else if (type == null) {
            throw new EvalError(ErrorKind.EVAL, "argument 'type' is missing in call to '" + who + "'", a.pos());
        }
        attrs.put("type", type);
        for (int i = 0; i < args.size(); i++) {
            String name = args.name(i);
            if (name.equals("type")) {
                continue;
            }
            Pos pos = args.pos(i);
            Value v = Interpreter.force(args.value(i), pos);
            switch (v) {
                case NixString s -> attrs.put(name, isFetchGit && name.equals("url") ? FetchInput.fixGitUrl(s.value()) : s.value());
                case NixPath p -> attrs.put(name, isFetchGit && name.equals("url") ? FetchInput.fixGitUrl(p.path()) : p.path());
                case NixBool b -> attrs.put(name, b.value());
                case NixInt n -> {
                    if (n.value() < 0) {
                        throw new EvalError(ErrorKind.EVAL, "negative value given for '" + who + "' argument '" + name + "': " + n.value(), a.pos());
                    }
                    attrs.put(name, n.value());
                }
                default -> throw new EvalError(ErrorKind.TYPE, "argument '" + name + "' to '" + who + "' is " + v.showType()
                        + " while a string, Boolean or integer is expected");
            }
        }
        if (isFetchGit && !attrs.containsKey("exportIgnore") && !Boolean.TRUE.equals(attrs.get("submodules"))) {
            attrs.put("exportIgnore", true);
        }
        if (type.equals("git") && !isFetchGit && !attrs.containsKey("shallow")) {
            attrs.put("shallow", true);
        }
        if (!isFetchGit && attrs.containsKey("name")) {
            throw new EvalError(ErrorKind.EVAL, "argument 'name' isn\u2019t supported in call to '" + who + "'", a.pos());
        }
        return new FetchInput(attrs);
    }

    /**
     * The attribute set Nix returns. Facts the input gave ({@code rev}, {@code revCount}, {@code lastModified})
     * win over fetched ones; {@code fetchGit} reports a dirty tree with an all-zero {@code rev}.
     */
    private static Value describe(Args a, FetchInput input, FetchedTree tree, boolean emptyRevFallback) {
        EvalStore store = a.interpreter().store();
        Map<String, Value> attrs = new TreeMap<>();
        attrs.put("outPath", StoreBuiltins.pathString(store, tree.path()));
        attrs.put("narHash", NixString.of(tree.narHash().format(HashFormat.SRI, true)));
        if (input.type().equals("git")) {
            attrs.put("submodules", NixBool.of(input.bool("submodules")));
        }
        Optional<String> rev = input.string("rev").or(tree::rev);
        if (rev.isPresent()) {
            attrs.put("rev", NixString.of(rev.get()));
            attrs.put("shortRev", NixString.of(rev.get().substring(0, 7)));
        } else if (emptyRevFallback) {
            attrs.put("rev", NixString.of("0".repeat(40)));
            attrs.put("shortRev", NixString.of("0".repeat(7)));
        }
        Optional<Long> revCount = input.integer("revCount").or(() -> tree.revCount().isPresent()
                ? Optional.of(tree.revCount().getAsLong()) : Optional.empty());
        if (revCount.isPresent()) {
            attrs.put("revCount", NixInt.of(revCount.get()));
        } else if (emptyRevFallback) {
            attrs.put("revCount", NixInt.of(0));
        }
        tree.dirtyRev().or(() -> input.string("dirtyRev")).ifPresent(dirty -> {
            attrs.put("dirtyRev", NixString.of(dirty));
            attrs.put("dirtyShortRev", NixString.of(dirty.substring(0, 7) + "-dirty"));
        });
        Optional<Long> lastModified = input.integer("lastModified").or(() -> tree.lastModified().isPresent()
                ? Optional.of(tree.lastModified().getAsLong()) : Optional.empty());
        lastModified.ifPresent(time -> {
            attrs.put("lastModified", NixInt.of(time));
            attrs.put("lastModifiedDate", NixString.of(DATE.format(Instant.ofEpochSecond(time))));
        });
        NixAttrs.Builder b = NixAttrs.builder(attrs.size());
        attrs.forEach(b::put);
        return b.build();
    }
}
