package org.nixj.eval.builtins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nixj.eval.Coercion;
import org.nixj.eval.Interpreter;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.ContextElement;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.StringContext;
import org.nixj.source.Pos;
import org.nixj.store.StoreDirectory;
import org.nixj.store.StorePath;

/**
 * Reading and changing string context: {@code hasContext}, {@code getContext}, {@code appendContext},
 * {@code unsafeDiscardStringContext}, {@code unsafeDiscardOutputDependency} and
 * {@code addDrvOutputDependencies}.
 */
final class ContextBuiltins {
    private ContextBuiltins() {}

    static void register(BuiltinTable t) {
        t.function("hasContext", 1, a -> NixBool.of(a.string(0).hasContext()));
        t.function("unsafeDiscardStringContext", 1, a -> {
            StringContext.Accumulator context = new StringContext.Accumulator();
            String s = a.interpreter().coerceToString(a.lazy(0), a.pos(), context,
                    "while evaluating the argument passed to builtins.unsafeDiscardStringContext", Coercion.STRINGS_COPYING_PATHS);
            return NixString.of(s);
        });
        t.function("getContext", 1, a -> getContext(a.string(0).context()));
        t.function("appendContext", 2, ContextBuiltins::appendContext);
        t.function("unsafeDiscardOutputDependency", 1, a -> {
            StringContext.Accumulator context = new StringContext.Accumulator();
            String s = a.interpreter().coerceToString(a.lazy(0), a.pos(), context,
                    "while evaluating the argument passed to builtins.unsafeDiscardOutputDependency", Coercion.STRINGS_COPYING_PATHS);
            List<ContextElement> elements = new ArrayList<>();
            for (ContextElement e : context.result().parsed()) {
                elements.add(e instanceof ContextElement.DrvDeep deep ? new ContextElement.Opaque(deep.drvPath()) : e);
            }
            return new NixString(s, StringContext.ofElements(elements));
        });
        t.function("addDrvOutputDependencies", 1, ContextBuiltins::addDrvOutputDependencies);
    }

    /**
     * {@code appendContext s { "/nix/store/…" = { path = true; allOutputs = true; outputs = [ … ]; }; }}: the
     * inverse of {@code getContext}. The keys must be store paths, and derivations where outputs are asked for.
     */
    private static NixString appendContext(Args a) {
        Interpreter in = a.interpreter();
        NixString original = a.string(0);
        NixAttrs additions = a.attrs(1);
        StoreDirectory store = in.store().directory();
        List<ContextElement> elements = new ArrayList<>(original.context().parsed());
        for (int i = 0; i < additions.size(); i++) {
            String path = additions.name(i);
            Pos pos = additions.pos(i);
            if (!store.isStorePath(path)) {
                throw new EvalError(ErrorKind.EVAL, "context key '" + path + "' is not a store path", pos);
            }
            boolean isDerivation = path.endsWith(StorePath.DRV_EXTENSION);
            NixAttrs info = in.forceAttrs(additions.value(i), pos, "while evaluating the value of a string context");
            Lazy plain = info.get("path");
            if (plain != null && in.forceBool(plain, info.posOf("path"), "while evaluating the `path` attribute of a string context")) {
                elements.add(new ContextElement.Opaque(path));
            }
            Lazy all = info.get("allOutputs");
            if (all != null && in.forceBool(all, info.posOf("allOutputs"),
                    "while evaluating the `allOutputs` attribute of a string context")) {
                if (!isDerivation) {
                    throw new EvalError(ErrorKind.EVAL, "tried to add all-outputs context of " + path
                            + ", which is not a derivation, to a string", pos);
                }
                elements.add(new ContextElement.DrvDeep(path));
            }
            Lazy outputs = info.get("outputs");
            if (outputs != null) {
                NixList list = in.forceList(outputs, info.posOf("outputs"), "while evaluating the `outputs` attribute of a string context");
                if (list.size() > 0 && !isDerivation) {
                    throw new EvalError(ErrorKind.EVAL, "tried to add derivation output context of " + path
                            + ", which is not a derivation, to a string", pos);
                }
                for (int j = 0; j < list.size(); j++) {
                    String output = in.forceStringNoContext(list.get(j), info.posOf("outputs"),
                            "while evaluating an output name within a string context");
                    elements.add(new ContextElement.Built(path, output));
                }
            }
        }
        return new NixString(original.value(), StringContext.ofElements(elements));
    }

    /**
     * {@code addDrvOutputDependencies s}: turns the one plain {@code .drv} path in the context of {@code s}
     * into a dependency on the derivation and all its outputs (the inverse of
     * {@code unsafeDiscardOutputDependency}).
     */
    private static NixString addDrvOutputDependencies(Args a) {
        StringContext.Accumulator context = new StringContext.Accumulator();
        String s = a.interpreter().coerceToString(a.lazy(0), a.pos(), context,
                "while evaluating the argument passed to builtins.addDrvOutputDependencies", Coercion.STRINGS_COPYING_PATHS);
        List<ContextElement> elements = context.result().parsed();
        if (elements.size() != 1) {
            throw new EvalError(ErrorKind.EVAL, "context of string '" + s + "' must have exactly one element, but has "
                    + elements.size(), a.pos());
        }
        ContextElement deep = switch (elements.getFirst()) {
            case ContextElement.Opaque opaque -> {
                if (!opaque.path().endsWith(StorePath.DRV_EXTENSION)) {
                    throw new EvalError(ErrorKind.EVAL, "path '" + opaque.path() + "' is not a derivation", a.pos());
                }
                yield new ContextElement.DrvDeep(opaque.path());
            }
            case ContextElement.Built built -> throw new EvalError(ErrorKind.EVAL,
                    "`addDrvOutputDependencies` can only act on derivations, not on a derivation output such as '"
                    + built.output() + "'", a.pos());
            case ContextElement.DrvDeep d -> d;
        };
        return new NixString(s, StringContext.of(deep));
    }

    /**
     * {@code { "/nix/store/…-x.drv" = { allOutputs = true; outputs = [ "out" ]; }; "/nix/store/…-y" = { path
     * = true; }; }}: per store path, whether the string refers to it plainly, to the derivation with all its
     * outputs ({@code =drv}), or to some outputs ({@code !out!drv}).
     */
    private static NixAttrs getContext(StringContext context) {
        record Info(boolean[] path, boolean[] allOutputs, List<String> outputs) {}
        Map<String, Info> byPath = new LinkedHashMap<>();
        for (String element : context) {
            String path;
            String output = null;
            boolean all = false;
            if (element.startsWith("=")) {
                path = element.substring(1);
                all = true;
            } else if (element.startsWith("!")) {
                int second = element.indexOf('!', 1);
                output = element.substring(1, second);
                path = element.substring(second + 1);
            } else {
                path = element;
            }
            Info info = byPath.computeIfAbsent(path, p -> new Info(new boolean[1], new boolean[1], new ArrayList<>()));
            if (output != null) {
                info.outputs().add(output);
            } else if (all) {
                info.allOutputs()[0] = true;
            } else {
                info.path()[0] = true;
            }
        }
        NixAttrs.Builder result = NixAttrs.builder(byPath.size());
        byPath.forEach((path, info) -> {
            NixAttrs.Builder entry = NixAttrs.builder(3);
            if (info.path()[0]) {
                entry.put("path", NixBool.TRUE);
            }
            if (info.allOutputs()[0]) {
                entry.put("allOutputs", NixBool.TRUE);
            }
            if (!info.outputs().isEmpty()) {
                entry.put("outputs", NixList.of(info.outputs().stream().sorted().map(NixString::of).toArray(Lazy[]::new)));
            }
            result.put(path.intern(), entry.build());
        });
        return result.build();
    }
}
