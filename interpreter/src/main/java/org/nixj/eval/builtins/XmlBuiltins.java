package org.nixj.eval.builtins;

import org.nixj.eval.serial.XmlWriter;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.StringContext;

/** {@code toXML}: the value, forced completely, as the XML that {@code nix-instantiate --xml} prints. */
final class XmlBuiltins {
    private XmlBuiltins() {}

    static void register(BuiltinTable t) {
        t.function("toXML", 1, a -> {
            StringContext.Accumulator context = new StringContext.Accumulator();
            String xml = XmlWriter.write(a.interpreter(), a.lazy(0), a.pos(), true, false, context);
            return new NixString(xml, context.result());
        });
    }
}
