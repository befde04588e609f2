package org.nixj.flake;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.nixj.eval.ByteStrings;
import org.nixj.eval.Interpreter;
import org.nixj.eval.builtins.Args;
import org.nixj.eval.builtins.BuiltinDocs;
import org.nixj.eval.builtins.BuiltinGroup;
import org.nixj.eval.builtins.BuiltinTable;
import org.nixj.eval.error.ErrorKind;
import org.nixj.eval.error.EvalError;
import org.nixj.eval.value.Value;
import org.nixj.source.Pos;

/**
 * {@code builtins.getFlake}: a flake loaded, locked (its lock file is read, never written or updated) and
 * evaluated, as its {@code self} is. Pure evaluation takes only locked references.
 */
public final class GetFlakeBuiltin implements BuiltinGroup {
    private static final BuiltinDocs DOCS = BuiltinDocs.fromResource(GetFlakeBuiltin.class, "get-flake.md");

    private final LockOptions options;

    /** @param bundledNixpkgs the bundled library, serving {@code nixpkgs} inputs nixj cannot fetch; null for none */
    public GetFlakeBuiltin(Supplier<Path> bundledNixpkgs) {
        LockOptions lockOptions = LockOptions.defaults().withWriteLockFile(false).withUpdateLockFile(false);
        this.options = bundledNixpkgs == null ? lockOptions : lockOptions.withBundledNixpkgs(bundledNixpkgs);
    }

    @Override
    public void register(BuiltinTable table) {
        table.function("getFlake", 1, this::getFlake);
    }

    @Override
    public BuiltinDocs documentation() {
        return DOCS;
    }

    private Value getFlake(Args a) {
        Interpreter in = a.interpreter();
        String text = in.forceStringNoContext(a.lazy(0), a.pos(), "while evaluating the argument passed to builtins.getFlake");
        try {
            FlakeRef ref = FlakeRef.parse(ByteStrings.toText(text), null);
            if (in.settings().pure() && !ref.isLocked()) {
                throw new EvalError(ErrorKind.EVAL, "cannot call 'getFlake' on unlocked flake reference '" + text + "', at "
                        + position(a.pos()) + " (use --impure to override)");
            }
            Flakes flakes = new Flakes(in.evaluator(), options, line -> in.diagnostic(ByteStrings.fromText(line)));
            return flakes.evaluate(flakes.lock(ref));
        } catch (FlakeException e) {
            throw new EvalError(ErrorKind.EVAL, ByteStrings.fromText(e.getMessage()));
        }
    }

    private static String position(Pos pos) {
        return pos == null ? "\u00abunknown\u00bb" : pos.source().displayName() + ":" + pos.line() + ":" + pos.column();
    }
}
