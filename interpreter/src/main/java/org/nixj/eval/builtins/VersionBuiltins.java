package org.nixj.eval.builtins;

import java.util.List;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixInt;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.NixString;

/** Builtins on version strings: {@code compareVersions}, {@code splitVersion}, {@code parseDrvName}. */
final class VersionBuiltins {
    private VersionBuiltins() {}

    static void register(BuiltinTable t) {
        t.function("compareVersions", 2, a -> {
            String v1 = a.stringNoContext(0);
            String v2 = a.stringNoContext(1);
            return NixInt.of(Versions.compare(v1, v2));
        });
        t.function("splitVersion", 1, a -> {
            List<String> components = Versions.split(a.stringNoContext(0));
            Lazy[] items = new Lazy[components.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = NixString.of(components.get(i));
            }
            return NixList.of(items);
        });
        t.function("parseDrvName", 1, a -> {
            String[] parsed = Versions.parseDrvName(a.stringNoContext(0));
            return NixAttrs.builder(2)
                    .put("name", NixString.of(parsed[0]))
                    .put("version", NixString.of(parsed[1]))
                    .build();
        });
    }
}
