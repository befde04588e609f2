package org.nixj.eval.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.nixj.eval.Coercion;
import org.nixj.eval.EvalStore;
import org.nixj.eval.Interpreter;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.serial.JsonStrings;
import org.nixj.eval.serial.JsonWriter;
import org.nixj.eval.value.ContextElement;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixNull;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.StringContext;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;
import org.nixj.store.BadStorePathException;
import org.nixj.store.ContentAddress;
import org.nixj.store.Derivation;
import org.nixj.store.DerivationOutput;
import org.nixj.store.FileIngestionMethod;
import org.nixj.store.StoreDirectory;
import org.nixj.store.StorePath;
import org.nixj.store.hash.Hash;
import org.nixj.store.hash.HashAlgorithm;
import org.nixj.store.hash.HashException;
import org.nixj.store.hash.HashFormat;

/**
 * One call of {@code derivationStrict}: turns a set of attributes into a store derivation, writes its
 * {@code .drv} file and returns {@code { drvPath; <output> = path; ... }}. Attributes are processed in name
 * order as Nix does (which decides which error a bad set reports): {@code args} become the builder's
 * arguments, everything else its environment (or, with {@code __structuredAttrs}, one JSON document in
 * {@code __json}); {@code builder}, {@code system}, {@code outputs} and the {@code outputHash*} attributes are
 * also read for their meaning. The inputs come from the string contexts met on the way.
 */
final class DerivationStrict {
    private static final String STRUCTURED_ATTRS = "__structuredAttrs";
    private static final String IGNORE_NULLS = "__ignoreNulls";

    private final Interpreter interpreter;
    private final EvalStore store;
    private final Pos pos;
    private final String drvName;
    private final NixAttrs attrs;

    private final StringContext.Accumulator context = new StringContext.Accumulator();
    private final List<String> args = new ArrayList<>();
    private final TreeMap<String, String> env = new TreeMap<>();
    private TreeMap<String, String> json;
    private String builder = "";
    private String platform = "";
    private String outputHash;
    private HashAlgorithm outputHashAlgo;
    private FileIngestionMethod ingestionMethod;
    private SortedSet<String> outputs = new TreeSet<>(List.of("out"));

    private DerivationStrict(Args a, String drvName, NixAttrs attrs) {
        this.interpreter = a.interpreter();
        this.store = interpreter.store();
        this.pos = a.pos();
        this.drvName = drvName;
        this.attrs = attrs;
    }

    /** {@code builtins.derivationStrict attrs}. */
    static Value call(Args a) {
        Interpreter interpreter = a.interpreter();
        NixAttrs attrs = interpreter.forceAttrs(a.lazy(0), a.pos(), "while evaluating the argument passed to builtins.derivationStrict");
        Lazy nameValue = Interpreter.requireAttr(attrs, "name", null, "in the attrset passed as argument to builtins.derivationStrict");
        Pos namePos = attrs.posOf("name");
        String drvName;
        try {
            drvName = interpreter.forceStringNoContext(nameValue, a.pos(),
                    "while evaluating the `name` attribute passed to builtins.derivationStrict");
        } catch (EvalError e) {
            throw e.addTrace(namePos, "while evaluating the derivation attribute 'name'");
        }
        try {
            return new DerivationStrict(a, drvName, attrs).run();
        } catch (EvalError e) {
            throw e.addTrace(namePos, "while evaluating derivation '" + drvName + "'\n  whose name attribute is located at "
                    + namePos);
        }
    }

    private Value run() {
        try {
            StorePath.checkName(drvName);
        } catch (BadStorePathException e) {
            throw new EvalError(ErrorKind.EVAL, "invalid derivation name: " + e.getMessage() + ". Please pass a different 'name'.");
        }
        Lazy structured = attrs.get(STRUCTURED_ATTRS);
        if (structured != null && interpreter.forceBool(structured, pos,
                "while evaluating the `__structuredAttrs` attribute passed to builtins.derivationStrict")) {
            json = new TreeMap<>();
        }
        Lazy ignoreNullsValue = attrs.get(IGNORE_NULLS);
        boolean ignoreNulls = ignoreNullsValue != null && interpreter.forceBool(ignoreNullsValue, pos,
                "while evaluating the `__ignoreNulls` attribute passed to builtins.derivationStrict");

        for (int i = 0; i < attrs.size(); i++) {
            String key = attrs.name(i);
            if (key.equals(IGNORE_NULLS)) {
                continue;
            }
            try {
                if (ignoreNulls && Interpreter.force(attrs.value(i), pos) instanceof NixNull) {
                    continue;
                }
                attribute(key, attrs.value(i));
            } catch (EvalError e) {
                throw e.addTrace(attrs.pos(i), "while evaluating attribute '" + key + "' of derivation '" + drvName + "'");
            }
        }
        if (json != null) {
            env.put("__json", jsonObject());
        }
        try {
            return finish();
        } catch (BadStorePathException e) {
            throw new EvalError(ErrorKind.EVAL, e.getMessage());
        }
    }

    private void attribute(String key, Lazy value) {
        if (key.equals("__contentAddressed") && interpreter.forceBool(value, pos, "")) {
            throw experimental("ca-derivations");
        }
        if (key.equals("__impure") && interpreter.forceBool(value, pos, "")) {
            throw experimental("impure-derivations");
        }
        if (key.equals("args")) {
            NixList list = interpreter.forceList(value, pos, "");
            for (int j = 0; j < list.size(); j++) {
                args.add(interpreter.coerceToString(list.get(j), pos, context, "while evaluating an element of the argument list",
                        Coercion.ANY_COPYING_PATHS));
            }
        } else if (json != null) {
            if (key.equals(STRUCTURED_ATTRS)) {
                return;
            }
            json.put(key, JsonWriter.write(interpreter, value, pos, true, true, context));
            switch (key) {
                case "builder" -> builder = stringWithContext(value);
                case "system" -> platform = interpreter.forceStringNoContext(value, pos, "");
                case "outputHash" -> outputHash = interpreter.forceStringNoContext(value, pos, "");
                case "outputHashAlgo" -> outputHashAlgo = hashAlgorithm(interpreter.forceStringNoContext(value, pos, ""));
                case "outputHashMode" -> hashMode(interpreter.forceStringNoContext(value, pos, ""));
                case "outputs" -> {
                    NixList list = interpreter.forceList(value, pos, "");
                    List<String> names = new ArrayList<>();
                    for (int j = 0; j < list.size(); j++) {
                        names.add(interpreter.forceStringNoContext(list.get(j), pos, ""));
                    }
                    outputs(names);
                }
                default -> { }
            }
        } else {
            String s = interpreter.coerceToString(value, pos, context, "", Coercion.ANY_COPYING_PATHS);
            env.put(key, s);
            switch (key) {
                case "builder" -> builder = s;
                case "system" -> platform = s;
                case "outputHash" -> outputHash = s;
                case "outputHashAlgo" -> outputHashAlgo = hashAlgorithm(s);
                case "outputHashMode" -> hashMode(s);
                case "outputs" -> outputs(List.of(s.split("[ \t\n\r]+")).stream().filter(o -> !o.isEmpty()).toList());
                default -> { }
            }
        }
    }

    private String stringWithContext(Lazy value) {
        NixString s = interpreter.forceString(value, pos, "");
        context.add(s.context());
        return s.value();
    }

    private String jsonObject() {
        StringBuilder out = new StringBuilder("{");
        json.forEach((key, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            JsonStrings.appendQuoted(out, key);
            out.append(':').append(value);
        });
        return out.append('}').toString();
    }

    /** An unknown algorithm name is ignored, as Nix's {@code parseHashAlgoOpt} does. */
    private static HashAlgorithm hashAlgorithm(String name) {
        return HashAlgorithm.parseOptional(name).orElse(null);
    }

    private void hashMode(String mode) {
        ingestionMethod = FileIngestionMethod.parseMode(mode);
        if (ingestionMethod == null) {
            throw new EvalError(ErrorKind.EVAL, "invalid value '" + mode + "' for 'outputHashMode' attribute");
        }
        if (ingestionMethod == FileIngestionMethod.TEXT) {
            throw experimental("dynamic-derivations");
        }
    }

    private void outputs(List<String> names) {
        TreeSet<String> set = new TreeSet<>();
        for (String name : names) {
            if (!set.add(name)) {
                throw new EvalError(ErrorKind.EVAL, "duplicate derivation output '" + name + "'");
            }
            // The result set of derivationStrict has a drvPath attribute already.
            if (name.equals("drvPath")) {
                throw new EvalError(ErrorKind.EVAL, "invalid derivation output name 'drvPath'");
            }
        }
        if (set.isEmpty()) {
            throw new EvalError(ErrorKind.EVAL, "derivation cannot have an empty set of outputs");
        }
        outputs = set;
    }

    private static EvalError experimental(String feature) {
        return new EvalError(ErrorKind.EVAL, "experimental Nix feature '" + feature + "' is disabled; add '--extra-experimental-features "
                + feature + "' to enable it");
    }

    private Value finish() {
        TreeMap<StorePath, SortedSet<String>> inputDrvs = new TreeMap<>();
        TreeSet<StorePath> inputSrcs = new TreeSet<>();
        for (ContextElement element : context.result().parsed()) {
            switch (element) {
                // The builder may read the derivation's whole closure, so all of it (every output of every
                // derivation in it) is an input.
                case ContextElement.DrvDeep deep -> {
                    for (StorePath p : store.closure(store.parse(deep.drvPath()))) {
                        inputSrcs.add(p);
                        if (p.isDerivation()) {
                            inputDrvs.put(p, new TreeSet<>(store.readDerivation(p).outputs().keySet()));
                        }
                    }
                }
                case ContextElement.Built built ->
                        inputDrvs.computeIfAbsent(store.parse(built.drvPath()), p -> new TreeSet<>()).add(built.output());
                case ContextElement.Opaque opaque -> inputSrcs.add(store.parse(opaque.path()));
            }
        }
        if (builder.isEmpty()) {
            throw new EvalError(ErrorKind.EVAL, "required attribute 'builder' missing");
        }
        if (platform.isEmpty()) {
            throw new EvalError(ErrorKind.EVAL, "required attribute 'system' missing");
        }
        if (drvName.endsWith(StorePath.DRV_EXTENSION)) {
            throw new EvalError(ErrorKind.EVAL, "derivation names are allowed to end in '.drv' only if they produce a single derivation file");
        }
        StoreDirectory dir = store.directory();
        TreeMap<String, DerivationOutput> outs = new TreeMap<>();
        Derivation drv;
        if (outputHash != null) {
            if (outputs.size() != 1 || !outputs.first().equals("out")) {
                throw new EvalError(ErrorKind.EVAL, "multiple outputs are not supported in fixed-output derivations");
            }
            FileIngestionMethod method = ingestionMethod != null ? ingestionMethod : FileIngestionMethod.FLAT;
            DerivationOutput.Fixed fixed = new DerivationOutput.Fixed(new ContentAddress(method, expectedHash()));
            outs.put("out", fixed);
            env.put("out", dir.print(dir.makeFixedOutputPath(drvName, fixed.ca())));
            drv = derivation(outs, inputDrvs, inputSrcs);
        } else {
            // The hash modulo is taken with every output and its environment variable empty, so that it
            // covers the output names but not the paths it is about to determine.
            for (String output : outputs) {
                env.put(output, "");
                outs.put(output, new DerivationOutput.Deferred());
            }
            Hash modulo = store.hashes().hashModulo(derivation(outs, inputDrvs, inputSrcs), true);
            for (String output : outputs) {
                StorePath path = dir.makeOutputPath(output, modulo, drvName);
                env.put(output, dir.print(path));
                outs.put(output, new DerivationOutput.InputAddressed(path));
            }
            drv = derivation(outs, inputDrvs, inputSrcs);
        }
        // Its own hash modulo is computed when a dependent needs it, from the derivation kept in memory.
        StorePath drvPath = store.writeDerivation(drv);

        String drvPathText = dir.print(drvPath);
        NixAttrs.Builder result = NixAttrs.builder(1 + drv.outputs().size());
        result.put("drvPath", new NixString(drvPathText, StringContext.of(new ContextElement.DrvDeep(drvPathText))));
        for (String output : drv.outputs().keySet()) {
            result.put(output.intern(), new NixString(dir.print(drv.outputPath(dir, output)),
                    StringContext.of(new ContextElement.Built(drvPathText, output))));
        }
        return result.build();
    }

    private Derivation derivation(Map<String, DerivationOutput> outs, TreeMap<StorePath, SortedSet<String>> inputDrvs,
                                  TreeSet<StorePath> inputSrcs) {
        return new Derivation(drvName, new TreeMap<>(outs), inputDrvs, inputSrcs, platform, builder, args, env);
    }

    /** Nix's {@code newHashAllowEmpty}: an empty hash stands for an all-zero one, with a warning. */
    private Hash expectedHash() {
        try {
            if (outputHash.isEmpty()) {
                if (outputHashAlgo == null) {
                    throw new EvalError(ErrorKind.EVAL, "empty hash requires explicit hash algorithm");
                }
                Hash zero = new Hash(outputHashAlgo, new byte[outputHashAlgo.size()]);
                interpreter.warn("found empty hash, assuming '" + zero.format(HashFormat.SRI, true) + "'");
                return zero;
            }
            return Hash.parseAny(outputHash, outputHashAlgo);
        } catch (HashException e) {
            throw new EvalError(ErrorKind.EVAL, e.getMessage());
        }
    }
}
