package org.nixj.eval.builtins;

import org.nixj.eval.ByteStrings;
import org.nixj.eval.EvalIO;
import org.nixj.eval.EvalSettings;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixNull;
import org.nixj.eval.value.NixString;

/** Constants, and the impure builtins that pure evaluation hides. */
final class ConstantBuiltins {
    private ConstantBuiltins() {}

    static void register(BuiltinTable t) {
        EvalSettings settings = t.interpreter().settings();
        EvalIO io = t.interpreter().io();
        t.globalConstant("true", NixBool.TRUE);
        t.globalConstant("false", NixBool.FALSE);
        t.globalConstant("null", NixNull.NULL);
        t.constant("langVersion", NixInt.of(6));
        t.constant("nixVersion", NixString.of(EvalSettings.NIX_VERSION));
        t.constant("storeDir", NixString.of(settings.storeDir()));
        if (!settings.pure()) {
            t.constant("currentSystem", NixString.of(settings.currentSystem()));
            t.constant("currentTime", NixInt.of(io.currentTime()));
            // The environment is text (OsText); a variable's name and value are bytes in Nix.
            t.function("getEnv", 1, a -> NixString.of(ByteStrings.fromText(
                    io.environment().getOrDefault(ByteStrings.toText(a.stringNoContext(0)), ""))));
        } else {
            // Pure evaluation sees no environment: every variable is unset.
            t.function("getEnv", 1, a -> {
                a.stringNoContext(0);
                return NixString.of("");
            });
        }
    }
}
