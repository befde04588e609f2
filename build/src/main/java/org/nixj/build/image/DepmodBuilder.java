package org.nixj.build.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nixj.build.builder.BuildContext;
import org.nixj.build.builder.BuildFailure;
import org.nixj.build.builder.Builder;

/**
 * {@code builtin:nixj-depmod}: what Debian's kernel postinst makes with {@code depmod}, for the kernel package
 * {@code kernel}: {@code lib/modules/<version>/modules.dep}, {@code modules.alias} and the binary indexes libkmod
 * reads ({@code .dep.bin}, {@code .alias.bin}, {@code .builtin.bin}, {@code .builtin.alias.bin}), so that udev
 * loads the drivers of the hardware it finds and {@code modprobe} works on the running system. Dependencies
 * and aliases come from each module's {@code .modinfo}; priorities from {@code modules.order}, as depmod gives
 * them. Linked into the system's {@code sw} beside the kernel's modules.
 */
public final class DepmodBuilder implements Builder {
    @Override
    public String name() {
        return "nixj-depmod";
    }

    @Override
    public void build(BuildContext context) throws BuildFailure, IOException {
        KernelTree kernel = KernelTree.find(context, context.attributes().requireString("kernel"));
        ModuleIndex modules = ModuleIndex.of(kernel);
        List<String> names = ordered(kernel, modules);
        KmodIndex depIndex = new KmodIndex();
        KmodIndex aliasIndex = new KmodIndex();
        StringBuilder depText = new StringBuilder();
        StringBuilder aliasText = new StringBuilder("# Aliases extracted from modules themselves.\n");
        for (int priority = 0; priority < names.size(); priority++) {
            String name = names.get(priority);
            StringBuilder line = new StringBuilder(modules.files().get(name)).append(':');
            for (String dependency : dependencies(context, modules, name)) {
                line.append(' ').append(modules.files().get(dependency));
            }
            depIndex.insert(name, line.toString(), priority);
            depText.append(line).append('\n');
            for (String alias : modules.info(name).values("alias")) {
                String key = normaliseAlias(alias);
                if (key != null) {
                    aliasIndex.insert(key, name, priority);
                    aliasText.append("alias ").append(alias).append(' ').append(name).append('\n');
                }
            }
        }
        KmodIndex builtinIndex = new KmodIndex();
        modules.builtin().forEach(name -> builtinIndex.insert(name, "", 0));
        KmodIndex builtinAliasIndex = new KmodIndex();
        modules.builtinAliases().forEach((alias, name) -> {
            String key = normaliseAlias(alias);
            if (key != null) {
                builtinAliasIndex.insert(key, name, 0);
            }
        });
        Path out = context.output("out").resolve("lib/modules").resolve(kernel.version());
        Files.createDirectories(out);
        Files.writeString(out.resolve("modules.dep"), depText, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("modules.alias"), aliasText, StandardCharsets.UTF_8);
        Files.write(out.resolve("modules.dep.bin"), depIndex.bytes());
        Files.write(out.resolve("modules.alias.bin"), aliasIndex.bytes());
        Files.write(out.resolve("modules.builtin.bin"), builtinIndex.bytes());
        Files.write(out.resolve("modules.builtin.alias.bin"), builtinAliasIndex.bytes());
        context.log("depmod: " + names.size() + " modules, " + modules.builtin().size() + " built in, kernel " + kernel.version());
    }

    /** The module names in {@code modules.order}'s order, the others after them by name. */
    private static List<String> ordered(KernelTree kernel, ModuleIndex modules) throws IOException {
        Map<String, Integer> position = new HashMap<>();
        Path order = kernel.modules().resolve("modules.order");
        if (Files.isRegularFile(order)) {
            List<String> lines = Files.readAllLines(order, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                position.putIfAbsent(lines.get(i).trim(), i);
            }
        }
        List<String> names = new ArrayList<>(modules.files().keySet());
        names.sort(Comparator.comparing((String name) -> position.getOrDefault(modules.files().get(name), Integer.MAX_VALUE))
                .thenComparing(name -> name));
        return names;
    }

    /**
     * Every module {@code name} needs, directly or not, as {@code modules.dep} lists them: each before the ones
     * it needs, since a loader walks the list backwards (the last first). Unknown names are logged and left out.
     */
    private static List<String> dependencies(BuildContext context, ModuleIndex modules, String name) throws BuildFailure {
        LinkedHashSet<String> loadOrder = new LinkedHashSet<>();
        addInLoadOrder(context, modules, name, loadOrder, new HashSet<>());
        loadOrder.remove(name);
        return new ArrayList<>(loadOrder).reversed();
    }

    /** Adds {@code name} to {@code loadOrder} after what it needs (depth first); a cycle is not followed round. */
    private static void addInLoadOrder(BuildContext context, ModuleIndex modules, String name, LinkedHashSet<String> loadOrder,
            Set<String> visiting) throws BuildFailure {
        if (loadOrder.contains(name) || !visiting.add(name)) {
            return;
        }
        for (String dependency : modules.info(name).depends()) {
            String normal = ModuleIndex.normalise(dependency);
            if (modules.files().containsKey(normal)) {
                addInLoadOrder(context, modules, normal, loadOrder, visiting);
            } else if (!modules.builtin().contains(normal)) {
                context.log("depmod: " + name + " needs " + dependency + ", which the kernel does not have");
            }
        }
        loadOrder.add(name);
    }

    /** An alias as kmod keys it: {@code -} made {@code _} outside {@code [...]} sets; null when malformed. */
    static String normaliseAlias(String alias) {
        StringBuilder key = new StringBuilder(alias.length());
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (c == '[') {
                int close = alias.indexOf(']', i);
                if (close < 0) {
                    return null;
                }
                key.append(alias, i, close + 1);
                i = close;
            } else if (c == ']') {
                return null;
            } else {
                key.append(c == '-' ? '_' : c);
            }
        }
        return key.toString();
    }
}
