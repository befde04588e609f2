package org.nixj.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.Value;
import org.nixj.source.Source;
import org.nixj.stack.LargeStack;
import org.nixj.syntax.Expr;

/**
 * The Java API of the evaluator: evaluate Nix expressions and files, select attributes, call functions.
 *
 * <pre>{@code
 * Evaluator nix = Evaluator.create(EvalSettings.builder().build());
 * Value v = nix.evaluate(Source.ofExpression("1 + 2", "/tmp"));
 * }</pre>
 *
 * <p>Values are lazy: forcing one (or printing it) may evaluate more code. Evaluation recurses deeply, so
 * every call runs on a thread with a large stack ({@link LargeStack}): the caller's own when it is one
 * already, else a new one for the duration of the call. A stack that runs out anyway ends in a Nix "stack
 * overflow" error, never a {@link StackOverflowError}. An evaluator is not thread-safe: use it from one
 * thread at a time.
 */
public final class Evaluator {
    private final EvalContext context;

    private Evaluator(EvalSettings settings, Consumer<String> traceSink) {
        this.context = new EvalContext(new Interpreter(settings), traceSink);
    }

    /** An evaluator whose {@code builtins.trace} output goes to standard error. */
    public static Evaluator create(EvalSettings settings) {
        return new Evaluator(settings, line -> System.err.println(line));
    }

    /** An evaluator whose {@code builtins.trace} and warning lines go to {@code traceSink}. */
    public static Evaluator create(EvalSettings settings, Consumer<String> traceSink) {
        return new Evaluator(settings, traceSink);
    }

    public Interpreter interpreter() {
        return context.interpreter();
    }

    /**
     * Checks, as Nix does when it loads code, that every variable of {@code expr} is bound; throws
     * "undefined variable 'x'" otherwise. Nothing is evaluated.
     */
    public void checkVariables(Expr expr) {
        context.checkVariables(expr);
    }

    /** The names every file sees without {@code builtins.}: {@code map}, {@code true}, {@code __add}, ... */
    public java.util.Set<String> globalNames() {
        return context.globalNames();
    }

    /** Evaluates {@code source} to weak head normal form. */
    public Value evaluate(Source source) {
        return guard(() -> context.evaluate(source));
    }

    /** Evaluates a file (a directory means its {@code default.nix}), as {@code import} would. */
    public Value evaluateFile(Path file) {
        return guard(() -> context.importFile(Paths.fromFile(file.toAbsolutePath().normalize()), null));
    }

    /** Forces {@code value} completely. */
    public void forceDeep(Lazy value) {
        guard(() -> {
            context.interpreter().forceDeep(value, null);
            return null;
        });
    }

    /** Forces {@code value} to weak head normal form. */
    public Value force(Lazy value) {
        return guard(() -> Interpreter.force(value, null));
    }

    /** Calls {@code function} with {@code arg}. */
    public Value call(Value function, Lazy arg) {
        return guard(() -> context.interpreter().call(function, arg, null));
    }

    /** Calls a function that takes a set pattern with {@code args}, as {@code --arg} does; else returns it. */
    public Value autoCall(Value value, NixAttrs args) {
        return guard(() -> context.interpreter().autoCall(value, args));
    }

    /** Selects {@code a.b.0} from {@code root}, as {@code -A} does, auto-calling functions on the way. */
    public Value select(Value root, String attrPath, NixAttrs autoArgs) {
        return guard(() -> AttrPathSelection.select(context.interpreter(), root, attrPath, autoArgs));
    }

    private interface Work<T> {
        T run() throws IOException;
    }

    private static <T> T guard(Work<T> work) {
        return LargeStack.call("nixj-eval", () -> {
            try {
                return work.run();
            } catch (IOException e) {
                throw new EvalError(ErrorKind.IO, EvalContext.describe(e));
            }
        }, () -> new EvalError(ErrorKind.STACK_OVERFLOW, "stack overflow (possible infinite recursion)"));
    }
}
