package org.nixj.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.nixj.eval.Evaluator;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixBool;
import org.nixj.eval.value.NixList;
import org.nixj.eval.value.Value;
import org.nixj.store.StorePath;

/**
 * What {@code nix build} builds for an installable that evaluated to a derivation: its {@code .drv} and the
 * outputs to install, chosen as Nix chooses them (the one output an {@code outputSpecified} derivation names,
 * else {@code meta.outputsToInstall}, else {@code out}).
 *
 * @param name the installable as the user wrote it, for messages
 */
record DerivationTarget(String name, StorePath drvPath, SortedSet<String> outputs) {
    /**
     * The target of {@code value}; writes its {@code .drv} file (and those it needs) to the store.
     *
     * @throws UsageException when {@code value} is not a derivation
     */
    static DerivationTarget of(Evaluator evaluator, String name, Value value) {
        Value forced = evaluator.force(value);
        if (!(forced instanceof NixAttrs attrs) || !DerivationValues.isDerivation(evaluator, attrs)) {
            throw new UsageException("installable '" + name + "' does not evaluate to a derivation (it is "
                    + forced.showType() + "), so there is nothing to build");
        }
        String drvPath = evaluator.coerceToString(require(attrs, "drvPath", name), "while evaluating the 'drvPath' of '" + name + "'");
        evaluator.writeStoreObject(drvPath);
        StorePath path = evaluator.store().directory().parse(drvPath);
        return new DerivationTarget(name, path, outputsToInstall(evaluator, attrs));
    }

    private static Lazy require(NixAttrs attrs, String attribute, String name) {
        Lazy value = attrs.get(attribute);
        if (value == null) {
            throw new UsageException("the derivation of installable '" + name + "' has no attribute '" + attribute + "'");
        }
        return value;
    }

    private static SortedSet<String> outputsToInstall(Evaluator evaluator, NixAttrs attrs) {
        SortedSet<String> outputs = new TreeSet<>();
        Lazy specified = attrs.get("outputSpecified");
        Lazy outputName = attrs.get("outputName");
        if (specified != null && evaluator.force(specified) instanceof NixBool b && b.value() && outputName != null) {
            outputs.add(evaluator.coerceToString(outputName, "while evaluating 'outputName'"));
            return outputs;
        }
        Lazy meta = attrs.get("meta");
        if (meta != null && evaluator.force(meta) instanceof NixAttrs metaAttrs) {
            Lazy toInstall = metaAttrs.get("outputsToInstall");
            if (toInstall != null && evaluator.force(toInstall) instanceof NixList list) {
                List<String> names = new ArrayList<>();
                for (Lazy item : list.toArray()) {
                    names.add(evaluator.coerceToString(item, "while evaluating 'meta.outputsToInstall'"));
                }
                outputs.addAll(names);
            }
        }
        if (outputs.isEmpty()) {
            outputs.add("out");
        }
        return outputs;
    }
}
