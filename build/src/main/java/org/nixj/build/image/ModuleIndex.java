package org.nixj.build.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.nixj.build.builder.BuildFailure;

/**
 * The modules of one kernel, found as {@code modprobe} finds them but without {@code depmod}'s indexes (a
 * Debian kernel package does not ship them; its postinst makes them): by file name, as built into the kernel
 * ({@code modules.builtin}, {@code modules.builtin.modinfo}), or by an alias a module declares. A module's
 * dependencies come from its own {@code .modinfo} ({@code depends=}, and {@code softdep=} when present). Names
 * compare with {@code -} and {@code _} alike, as the kernel's do.
 */
final class ModuleIndex {
    private final KernelTree kernel;
    /** Module name → path of its {@code .ko} relative to the module tree. */
    private final Map<String, String> files;
    private final Set<String> builtin;
    /** Aliases of built-in modules ({@code modules.builtin.modinfo}): pattern → module name. */
    private final Map<String, String> builtinAliases;
    private final Map<String, ModuleInfo> infos = new HashMap<>();
    /** Aliases of the module files, read from every {@code .ko} the first time a name needs them. */
    private List<Map.Entry<Pattern, String>> aliases;

    private ModuleIndex(KernelTree kernel, Map<String, String> files, Set<String> builtin, Map<String, String> builtinAliases) {
        this.kernel = kernel;
        this.files = files;
        this.builtin = builtin;
        this.builtinAliases = builtinAliases;
    }

    /** Module name → path of its {@code .ko} relative to the module tree, by name. */
    Map<String, String> files() {
        return java.util.Collections.unmodifiableMap(files);
    }

    /** The names of the modules built into the kernel. */
    Set<String> builtin() {
        return java.util.Collections.unmodifiableSet(builtin);
    }

    /** Aliases of built-in modules: pattern → module name. */
    Map<String, String> builtinAliases() {
        return java.util.Collections.unmodifiableMap(builtinAliases);
    }

    /** The kernel these modules are of. */
    KernelTree kernel() {
        return kernel;
    }

    /** A module chosen for an initrd: its name, its file relative to the module tree, its {@code .modinfo}. */
    record Module(String name, String path, ModuleInfo info) {}

    /**
     * What an initrd holds: every module in load order (each after its dependencies), the ones loaded at boot
     * (in load order), and the names of available modules this kernel does not have.
     */
    record Selection(List<Module> modules, List<Module> loadAtBoot, List<String> unavailable) {}

    /** Indexes the module tree of {@code kernel}. */
    static ModuleIndex of(KernelTree kernel) throws BuildFailure, IOException {
        Map<String, String> files = new TreeMap<>();
        List<String> compressed = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(kernel.modules())) {
            for (Path file : (Iterable<Path>) walk.sorted()::iterator) {
                String fileName = file.getFileName().toString();
                String relative = kernel.modules().relativize(file).toString();
                if (fileName.endsWith(".ko") && Files.isRegularFile(file)) {
                    files.putIfAbsent(normalise(fileName.substring(0, fileName.length() - 3)), relative);
                } else if (fileName.matches(".*\\.ko\\.(xz|zst|gz)")) {
                    compressed.add(relative);
                }
            }
        }
        if (files.isEmpty() && !compressed.isEmpty()) {
            throw new BuildFailure("the modules of kernel " + kernel.version() + " in '" + kernel.logical()
                    + "' are compressed (" + compressed.getFirst() + "); nixj reads only uncompressed .ko files");
        }
        Set<String> builtin = new TreeSet<>();
        Path builtinList = kernel.modules().resolve("modules.builtin");
        if (Files.isRegularFile(builtinList)) {
            for (String line : Files.readAllLines(builtinList, StandardCharsets.UTF_8)) {
                String name = Path.of(line.trim()).getFileName() == null ? "" : Path.of(line.trim()).getFileName().toString();
                if (name.endsWith(".ko")) {
                    builtin.add(normalise(name.substring(0, name.length() - 3)));
                }
            }
        }
        Map<String, String> builtinAliases = new LinkedHashMap<>();
        Path builtinInfo = kernel.modules().resolve("modules.builtin.modinfo");
        if (Files.isRegularFile(builtinInfo)) {
            for (String entry : new String(Files.readAllBytes(builtinInfo), StandardCharsets.UTF_8).split("\0")) {
                int dot = entry.indexOf('.');
                if (dot > 0 && entry.startsWith("alias=", dot + 1)) {
                    String module = normalise(entry.substring(0, dot));
                    builtin.add(module);
                    builtinAliases.putIfAbsent(entry.substring(dot + 1 + "alias=".length()), module);
                }
            }
        }
        return new ModuleIndex(kernel, files, builtin, builtinAliases);
    }

    /**
     * The modules an initrd needs for {@code load} (loaded at boot) and {@code available} (present, loaded when
     * hardware asks for them), with all their dependencies; built-in ones need nothing. A name in {@code load}
     * that is neither a module, nor built into the kernel, nor an alias of either is an error naming all such
     * names. Such a name in {@code available} is only reported: NixOS's list of them is made for NixOS's kernel
     * (Debian's lacks a few old PATA and SATA drivers), and they are for hardware that may not be there.
     */
    Selection select(List<String> load, List<String> available) throws BuildFailure, IOException {
        List<String> missing = new ArrayList<>();
        Map<String, List<String>> roots = new LinkedHashMap<>();
        for (String name : load) {
            if (!roots.containsKey(name)) {
                roots.put(name, resolve(name, missing));
            }
        }
        List<String> unavailable = new ArrayList<>();
        for (String name : available) {
            if (!roots.containsKey(name)) {
                roots.put(name, resolve(name, unavailable));
            }
        }
        if (!missing.isEmpty()) {
            throw new BuildFailure("kernel " + kernel.version() + " in '" + kernel.logical() + "' has no module "
                    + String.join(", ", missing.stream().distinct().map(n -> "'" + n + "'").toList())
                    + " (no such .ko file, not built in, and no module has it as an alias)");
        }
        LinkedHashSet<String> order = new LinkedHashSet<>();
        for (List<String> modules : roots.values()) {
            for (String module : modules) {
                visit(module, order, new LinkedHashSet<>(), true);
            }
        }
        LinkedHashSet<String> atBoot = new LinkedHashSet<>();
        for (String name : load) {
            for (String module : roots.get(name)) {
                visit(module, atBoot, new LinkedHashSet<>(), true);
            }
        }
        List<Module> all = new ArrayList<>();
        for (String name : order) {
            all.add(new Module(name, files.get(name), info(name)));
        }
        List<Module> boot = all.stream().filter(m -> atBoot.contains(m.name())).toList();
        return new Selection(List.copyOf(all), boot, unavailable.stream().distinct().toList());
    }

    /** The module files a name stands for (none when it is built in); adds it to {@code missing} when unknown. */
    private List<String> resolve(String name, List<String> missing) throws IOException, BuildFailure {
        String normal = normalise(name);
        if (files.containsKey(normal)) {
            return List.of(normal);
        }
        if (builtin.contains(normal)) {
            return List.of();
        }
        List<String> matched = new ArrayList<>();
        for (Map.Entry<Pattern, String> alias : aliases()) {
            if (alias.getKey().matcher(normal).matches() && !matched.contains(alias.getValue())) {
                matched.add(alias.getValue());
            }
        }
        if (matched.isEmpty()) {
            for (Map.Entry<String, String> alias : builtinAliases.entrySet()) {
                if (glob(normalise(alias.getKey())).matcher(normal).matches()) {
                    return List.of();
                }
            }
            missing.add(name);
        }
        return matched;
    }

    /**
     * Adds {@code name} to {@code order} after its dependencies (depth first, so each comes after what it needs),
     * and after its soft dependencies when {@code soft}.
     */
    private void visit(String name, LinkedHashSet<String> order, LinkedHashSet<String> path, boolean soft)
            throws BuildFailure, IOException {
        if (order.contains(name)) {
            return;
        }
        if (!path.add(name)) {
            throw new BuildFailure("kernel modules depend on each other in a cycle: " + String.join(" -> ", path) + " -> " + name);
        }
        ModuleInfo info = info(name);
        for (String dependency : new TreeSet<>(info.depends())) {
            String normal = normalise(dependency);
            if (!files.containsKey(normal)) {
                if (builtin.contains(normal)) {
                    continue;
                }
                throw new BuildFailure("kernel module '" + name + "' (" + files.get(name) + ") depends on '" + dependency
                        + "', which kernel " + kernel.version() + " in '" + kernel.logical() + "' does not have");
            }
            visit(normal, order, path, soft);
        }
        // A soft dependency (crc32c for btrfs) helps but is not required: taken when the kernel has it as a file.
        for (String dependency : soft ? new TreeSet<>(info.softDepends()) : Set.<String>of()) {
            String normal = normalise(dependency);
            if (files.containsKey(normal) && !path.contains(normal)) {
                visit(normal, order, path, true);
            }
        }
        path.remove(name);
        order.add(name);
    }

    /**
     * The files of the modules {@code module} needs (its hard dependencies, directly or not), in the order
     * {@code modules.dep} lists them: the one loaded last first, so a loader walks the list backwards.
     */
    List<String> dependencies(Module module) throws BuildFailure, IOException {
        LinkedHashSet<String> closure = new LinkedHashSet<>();
        visit(module.name(), closure, new LinkedHashSet<>(), false);
        closure.remove(module.name());
        List<String> paths = new ArrayList<>();
        for (String name : closure) {
            paths.addFirst(files.get(name));
        }
        return paths;
    }

    ModuleInfo info(String name) throws BuildFailure {
        ModuleInfo known = infos.get(name);
        if (known != null) {
            return known;
        }
        try {
            ModuleInfo info = ModuleInfo.read(kernel.modules().resolve(files.get(name)));
            infos.put(name, info);
            return info;
        } catch (IOException e) {
            throw new BuildFailure(e.getMessage());
        }
    }

    private List<Map.Entry<Pattern, String>> aliases() throws BuildFailure {
        if (aliases == null) {
            List<Map.Entry<Pattern, String>> all = new ArrayList<>();
            for (String module : files.keySet()) {
                for (String alias : info(module).values("alias")) {
                    all.add(Map.entry(glob(normalise(alias)), module));
                }
            }
            aliases = all;
        }
        return aliases;
    }

    /** A module name or alias as kmod compares them: {@code -} and {@code _} are the same. */
    static String normalise(String name) {
        return name.replace('-', '_');
    }

    /** An alias pattern ({@code fnmatch}: {@code *}, {@code ?}, {@code [...]}) as a regular expression. */
    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '[' ? pattern.indexOf(']', i + 2) : -1;
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (close > 0) {
                String set = pattern.substring(i + 1, close);
                regex.append('[').append(set.startsWith("!") ? "^" + quoteSet(set.substring(1)) : quoteSet(set)).append(']');
                i = close;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static String quoteSet(String set) {
        return set.replace("\\", "\\\\").replace("[", "\\[").replace("&", "\\&").replace("^", "\\^");
    }
}
