package org.nixj.flake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.nixj.eval.ByteStrings;
import org.nixj.eval.Evaluator;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.print.ValuePrinter;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixFunction;
import org.nixj.eval.value.NixPath;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.PrimOp;
import org.nixj.eval.value.PrimOpApp;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;
import org.nixj.source.Source;

/**
 * {@code nix flake check}, its evaluation: every output of a flake evaluated against the output schema
 * (derivations in {@code packages}, {@code checks}, {@code devShells}, {@code formatter}; apps; overlays;
 * NixOS modules and configurations; Hydra jobs; templates; bundlers), with current Nix's messages, warnings
 * for deprecated and unknown outputs, and the systems other than this one left out unless all are asked for.
 *
 * <p>The check derivations of this system are collected for the caller to build: {@link Result#checksToBuild()}.
 *
 * <pre>{@code
 * FlakeCheck.Result r = FlakeCheck.run(evaluator, (NixAttrs) flakes.evaluate(locked),
 *         new FlakeCheck.Options(false, "x86_64-linux", false), System.err::println, e -> {});
 * }</pre>
 */
public final class FlakeCheck {
    /** Outputs other tools define, which Nix knows of and does not check. */
    private static final Set<String> KNOWN_UNCHECKED = Set.of("lib", "darwinConfigurations", "darwinModules",
            "flakeModule", "flakeModules", "herculesCI", "homeConfigurations", "homeModule", "homeModules",
            "nixopsConfigurations");

    private static final Map<String, String> DEPRECATED = Map.of(
            "defaultPackage", "packages.<system>.default",
            "defaultApp", "apps.<system>.default",
            "defaultTemplate", "templates.default",
            "defaultBundler", "bundlers.<system>.default",
            "overlay", "overlays.default",
            "devShell", "devShells.<system>.default",
            "nixosModule", "nixosModules.default");

    /**
     * How to check.
     *
     * @param allSystems check the outputs of every system, not only {@code system}'s
     * @param system this machine's system
     * @param keepGoing report each error and go on, failing at the end, instead of stopping at the first
     */
    public record Options(boolean allSystems, String system, boolean keepGoing) {}

    /**
     * What a check that passed leaves to do.
     *
     * @param checksToBuild this system's {@code checks} that have a {@code drvPath}, which Nix builds next
     * @param omittedSystems the systems whose outputs were not checked
     */
    public record Result(List<CheckToBuild> checksToBuild, SortedSet<String> omittedSystems) {
        /** Nix's warning naming the omitted systems, when there are any. */
        public Optional<String> omittedSystemsWarning() {
            return omittedSystems.isEmpty() ? Optional.empty()
                    : Optional.of("warning: The check omitted these incompatible systems: " + String.join(", ", omittedSystems)
                            + "\nUse '--all-systems' to check all.");
        }
    }

    /**
     * A check derivation to build.
     *
     * @param attributePath where it is in the outputs ({@code checks.x86_64-linux.test})
     * @param drvPath its {@code .drv} (written to the store when the derivation was instantiated)
     */
    public record CheckToBuild(String attributePath, String drvPath) {}

    private final Evaluator evaluator;
    private final Options options;
    private final Consumer<String> warnings;
    private final Consumer<EvalError> errors;
    private final List<CheckToBuild> checksToBuild = new ArrayList<>();
    private final SortedSet<String> omittedSystems = new TreeSet<>();
    private boolean hasErrors;
    private Value pathExists;

    private FlakeCheck(Evaluator evaluator, Options options, Consumer<String> warnings, Consumer<EvalError> errors) {
        this.evaluator = evaluator;
        this.options = options;
        this.warnings = warnings;
        this.errors = errors;
    }

    /**
     * Checks the outputs of {@code flake} (a flake as {@link Flakes#evaluate(LockedFlake)} gives it).
     *
     * @param warnings where Nix's warnings go, a whole line each ({@code warning: unknown flake output 'x'})
     * @param errors where errors go with {@link Options#keepGoing()}; without it the first error is thrown
     * @throws EvalError the first error, without {@code keepGoing}
     * @throws FlakeException at the end, when {@code keepGoing} reported errors
     */
    public static Result run(Evaluator evaluator, NixAttrs flake, Options options, Consumer<String> warnings,
                             Consumer<EvalError> errors) {
        FlakeCheck check = new FlakeCheck(evaluator, options, warnings, errors);
        NixAttrs outputs = (NixAttrs) evaluator.force(flake.get("outputs"));
        // As in Nix, hydraJobs comes first (Nix evaluates it without import-from-derivation).
        if (outputs.has("hydraJobs")) {
            check.output(outputs, "hydraJobs");
        }
        for (String name : outputs.names()) {
            if (!name.equals("hydraJobs")) {
                check.output(outputs, name);
            }
        }
        if (check.hasErrors) {
            throw new FlakeException("some errors were encountered during the evaluation");
        }
        return new Result(List.copyOf(check.checksToBuild), check.omittedSystems);
    }

    private void output(NixAttrs outputs, String name) {
        Pos pos = outputs.posOf(name);
        Lazy value = outputs.get(name);
        try {
            evaluator.force(value);
            if (DEPRECATED.containsKey(name)) {
                warnings.accept("warning: flake output attribute '" + name + "' is deprecated; use '" + DEPRECATED.get(name)
                        + "' instead");
            }
            switch (name) {
                case "checks" -> perSystem(name, value, pos, (path, v, p, system) -> perMember(path, v, p,
                        (path2, v2, p2) -> {
                            if (checkDerivation(path2, v2, p2) && system.equals(options.system())
                                    && evaluator.force(v2) instanceof NixAttrs drv && drv.get("drvPath") != null) {
                                checksToBuild.add(new CheckToBuild(path2, string(drv.get("drvPath"))));
                            }
                        }));
                case "formatter", "defaultPackage", "devShell" ->
                        perSystem(name, value, pos, (path, v, p, system) -> checkDerivation(path, v, p));
                case "packages", "devShells" ->
                        perSystem(name, value, pos, (path, v, p, system) -> perMember(path, v, p, this::checkDerivation));
                case "apps" -> perSystem(name, value, pos, (path, v, p, system) -> perMember(path, v, p, this::checkApp));
                case "defaultApp" -> perSystem(name, value, pos, (path, v, p, system) -> checkApp(path, v, p));
                case "legacyPackages" -> {
                    NixAttrs systems = attrs(value);
                    for (String system : systems.names()) {
                        checkSystemName(system, systems.posOf(system));
                        checkSystemType(system);
                    }
                }
                case "overlay" -> checkOverlay(name, value, pos);
                case "overlays" -> perMember(name, value, pos, this::checkOverlay);
                case "nixosModule" -> checkModule(name, value, pos);
                case "nixosModules" -> perMember(name, value, pos, this::checkModule);
                case "nixosConfigurations" -> perMember(name, value, pos, this::checkNixosConfiguration);
                case "hydraJobs" -> checkHydraJobs(name, value, pos);
                case "defaultTemplate" -> checkTemplate(name, value, pos);
                case "templates" -> perMember(name, value, pos, this::checkTemplate);
                case "defaultBundler" -> perSystem(name, value, pos, (path, v, p, system) -> checkBundler(path, v, p));
                case "bundlers" ->
                        perSystem(name, value, pos, (path, v, p, system) -> perMember(path, v, p, this::checkBundler));
                default -> {
                    if (!KNOWN_UNCHECKED.contains(name)) {
                        warnings.accept("warning: unknown flake output '" + name + "'");
                    }
                }
            }
        } catch (EvalError e) {
            report(e.addTrace(pos, "while checking flake output '" + name + "'"));
        }
    }

    /** A check of one value at an attribute path. */
    private interface Check {
        void check(String path, Lazy value, Pos pos);
    }

    /** A check of one system's value of a per-system output. */
    private interface SystemCheck {
        void check(String path, Lazy value, Pos pos, String system);
    }

    /** Runs {@code check} on every system's value of the output {@code name} that is to be checked. */
    private void perSystem(String name, Lazy value, Pos pos, SystemCheck check) {
        NixAttrs systems = attrs(value);
        for (String system : systems.names()) {
            Pos systemPos = systems.posOf(system);
            checkSystemName(system, systemPos);
            if (checkSystemType(system)) {
                check.check(name + "." + system, systems.get(system), systemPos, system);
            }
        }
    }

    /** Runs {@code check} on every attribute of the set at {@code path}. */
    private void perMember(String path, Lazy value, Pos pos, Check check) {
        NixAttrs members = attrs(value);
        for (String member : members.names()) {
            check.check(path + "." + member, members.get(member), members.posOf(member));
        }
    }

    private void checkSystemName(String system, Pos pos) {
        if (!system.contains("-")) {
            report(new EvalError(ErrorKind.EVAL, "'" + system + "' is not a valid system type, at " + pos));
        }
    }

    private boolean checkSystemType(String system) {
        if (!options.allSystems() && !system.equals(options.system())) {
            omittedSystems.add(system);
            return false;
        }
        return true;
    }

    /** Whether {@code value} is a derivation Nix would build; an error (reported) when it is no derivation. */
    private boolean checkDerivation(String path, Lazy value, Pos pos) {
        try {
            if (!(evaluator.force(value) instanceof NixAttrs drv) || !isDerivation(drv)) {
                throw new EvalError(ErrorKind.EVAL, "flake attribute '" + path + "' is not a derivation");
            }
            if (drv.get("name") == null) {
                throw new EvalError(ErrorKind.TYPE, "derivation name missing");
            }
            string(drv.get("name"));
            if (drv.get("drvPath") != null) {
                string(drv.get("drvPath"));
            }
            return true;
        } catch (EvalError e) {
            report(e.addTrace(pos, "while checking the derivation '" + path + "'"));
            return false;
        }
    }

    private void checkApp(String path, Lazy value, Pos pos) {
        try {
            NixAttrs app = attrs(value);
            if (app.get("type") == null) {
                throw new EvalError(ErrorKind.EVAL, "app '" + path + "' lacks attribute 'type'");
            }
            string(app.get("type"));
            if (app.get("program") == null) {
                throw new EvalError(ErrorKind.EVAL, "app '" + path + "' lacks attribute 'program'");
            }
            string(app.get("program"));
            if (app.get("meta") == null) {
                warnings.accept("warning: app '" + path + "' lacks attribute 'meta'");
            } else {
                NixAttrs meta = attrs(app.get("meta"));
                if (meta.get("description") == null) {
                    warnings.accept("warning: app '" + path + "' lacks attribute 'meta.description'");
                } else {
                    string(meta.get("description"));
                }
            }
            for (String name : app.names()) {
                if (!Set.of("type", "program", "meta").contains(name)) {
                    throw new EvalError(ErrorKind.EVAL, "app '" + path + "' has unsupported attribute '" + name + "'");
                }
            }
        } catch (EvalError e) {
            report(e.addTrace(pos, "while checking the app definition '" + path + "'"));
        }
    }

    private void checkOverlay(String path, Lazy value, Pos pos) {
        try {
            Value v = evaluator.force(value);
            // A builtin is a function, but not a lambda whose parameter could be named.
            if (!(v instanceof NixFunction) || v instanceof PrimOp || v instanceof PrimOpApp) {
                throw new EvalError(ErrorKind.EVAL, "overlay is not a function, but " + v.showType() + " instead");
            }
            Optional<String> parameter = evaluator.plainParameterName(v);
            if (parameter.isEmpty() || !namedLike(parameter.get(), "final")) {
                throw new EvalError(ErrorKind.EVAL, "overlay does not take an argument named 'final'");
            }
        } catch (EvalError e) {
            report(e.addTrace(pos, "while checking the overlay '" + path + "'"));
        }
    }

    /** Whether a parameter is named {@code expected}, {@code _expected} or {@code _}, as Nix accepts. */
    private static boolean namedLike(String name, String expected) {
        return name.equals(expected) || name.equals("_") || name.equals("_" + expected);
    }

    private void checkModule(String path, Lazy value, Pos pos) {
        try {
            evaluator.force(value);
        } catch (EvalError e) {
            report(e.addTrace(pos, "while checking the NixOS module '" + path + "'"));
        }
    }

    private void checkHydraJobs(String path, Lazy value, Pos pos) {
        try {
            NixAttrs jobs = attrs(value);
            if (isDerivation(jobs)) {
                throw new EvalError(ErrorKind.EVAL, "jobset should not be a derivation at top-level");
            }
            for (String name : jobs.names()) {
                NixAttrs job = attrs(jobs.get(name));
                String path2 = path + "." + name;
                if (isDerivation(job)) {
                    checkDerivation(path2, job, jobs.posOf(name));
                } else {
                    checkHydraJobs(path2, job, jobs.posOf(name));
                }
            }
        } catch (EvalError e) {
            report(e.addTrace(pos, "while checking the Hydra jobset '" + path + "'"));
        }
    }

    private void checkNixosConfiguration(String path, Lazy value, Pos pos) {
        try {
            Value toplevel = evaluator.select(evaluator.force(value), "config.system.build.toplevel", NixAttrs.EMPTY);
            if (!(toplevel instanceof NixAttrs attrs) || !isDerivation(attrs)) {
                throw new EvalError(ErrorKind.EVAL, "attribute 'config.system.build.toplevel' is not a derivation");
            }
        } catch (EvalError e) {
            report(e.addTrace(pos, "while checking the NixOS configuration '" + path + "'"));
        }
    }

    private void checkTemplate(String path, Lazy value, Pos pos) {
        try {
            NixAttrs template = attrs(value);
            if (template.get("path") == null) {
                throw new EvalError(ErrorKind.EVAL, "template '" + path + "' lacks attribute 'path'");
            }
            String directory = switch (evaluator.force(template.get("path"))) {
                case NixPath p -> p.path();
                case NixString s when s.value().startsWith("/") -> s.value();
                case NixString s -> throw new EvalError(ErrorKind.EVAL, "string '" + ByteStrings.toText(s.value())
                        + "' doesn't represent an absolute path");
                case Value v -> throw typeError("a path", v);
            };
            if (!exists(directory)) {
                throw new EvalError(ErrorKind.EVAL, "template '" + path + "' refers to a non-existent path '"
                        + ByteStrings.toText(directory) + "'");
            }
            if (template.get("description") == null) {
                throw new EvalError(ErrorKind.EVAL, "template '" + path + "' lacks attribute 'description'");
            }
            string(template.get("description"));
            for (String name : template.names()) {
                if (!Set.of("path", "description", "welcomeText").contains(name)) {
                    throw new EvalError(ErrorKind.EVAL, "template '" + path + "' has unsupported attribute '" + name + "'");
                }
            }
        } catch (EvalError e) {
            report(e.addTrace(pos, "while checking the template '" + path + "'"));
        }
    }

    private void checkBundler(String path, Lazy value, Pos pos) {
        try {
            if (!(evaluator.force(value) instanceof NixFunction)) {
                throw new EvalError(ErrorKind.EVAL, "bundler must be a function");
            }
        } catch (EvalError e) {
            // Nix names a bundler a template here.
            report(e.addTrace(pos, "while checking the template '" + path + "'"));
        }
    }

    /** An error: thrown on, or given to the error sink and remembered with {@code keepGoing}. */
    private void report(EvalError e) {
        if (!options.keepGoing()) {
            throw e;
        }
        errors.accept(e);
        hasErrors = true;
    }

    private boolean isDerivation(NixAttrs attrs) {
        Lazy type = attrs.get("type");
        return type != null && evaluator.force(type) instanceof NixString s && s.value().equals("derivation");
    }

    private NixAttrs attrs(Lazy value) {
        Value v = evaluator.force(value);
        if (v instanceof NixAttrs attrs) {
            return attrs;
        }
        throw typeError("a set", v);
    }

    private String string(Lazy value) {
        Value v = evaluator.force(value);
        if (v instanceof NixString s) {
            return s.value();
        }
        throw typeError("a string", v);
    }

    private static EvalError typeError(String expected, Value v) {
        return new EvalError(ErrorKind.TYPE, "expected " + expected + " but found " + v.showType() + ": "
                + ValuePrinter.forError(v));
    }

    /** Whether a path exists, as {@code builtins.pathExists} (and so the store and pure evaluation) sees it. */
    private boolean exists(String path) {
        if (pathExists == null) {
            pathExists = evaluator.evaluate(Source.ofExpression("builtins.pathExists", "/"));
        }
        return evaluator.call(pathExists, new NixPath(path)) instanceof NixBool b && b.value();
    }
}
