package org.nixj.cli.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.nixj.eval.ByteStrings;
import org.nixj.eval.value.Lazy;
import org.nixj.eval.value.NixAttrs;
import org.nixj.eval.value.NixString;
import org.nixj.eval.value.Value;
import org.nixj.parser.ParseError;
import org.nixj.parser.SourceParser;

/**
 * Tab completion, independent of the terminal: given the input before the cursor, the words that can
 * replace its last word ({@link #wordStart}). It completes {@code :commands}; variables in scope and
 * builtins; attribute paths at any depth ({@code nixosConfigurations.iso.config.services.op}), quoting
 * names that need it; files after {@code :l} or wherever a word has a {@code /}; flake references after
 * {@code :lf}; option names after {@code :o}. Only the sets on the way are forced, never the values of
 * the names offered, and anything that fails offers nothing.
 */
final class Completion {
    /**
     * A completion: the new last word, what a list of candidates shows of it (the last name, or a file's
     * name), and whether it is finished (a space may follow).
     */
    record Candidate(String value, String display, boolean complete) {
        /** A word shown whole. */
        static Candidate word(String value, boolean complete) {
            return new Candidate(value, value, complete);
        }
    }

    private static final String DELIMITERS = " \n\r\t(){}[]";
    private static final List<String> COMMANDS = List.of(":?", ":a", ":add", ":b", ":bl", ":doc", ":e", ":edit",
            ":help", ":l", ":load", ":lf", ":load-flake", ":ll", ":last-loaded", ":o", ":option", ":p", ":print",
            ":q", ":quit", ":r", ":reload", ":t", ":te", ":trace-enable");
    private static final List<String> FLAKE_SCHEMES = List.of("path:", "git+file:", "git+https://", "github:",
            "gitlab:", "sourcehut:", "tarball+https://", "file:", "flake:");
    private static final List<String> KEYWORDS = List.of("assert", "else", "if", "in", "inherit", "let", "or",
            "rec", "then", "with");

    private final ReplSession session;

    Completion(ReplSession session) {
        this.session = session;
    }

    /** Where the word being completed starts in {@code before} (the input up to the cursor). */
    static int wordStart(String before) {
        if (before.startsWith(":") && commandEnd(before) == before.length()) {
            return 0;
        }
        for (int i = before.length() - 1; i >= 0; i--) {
            if (DELIMITERS.indexOf(before.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int commandEnd(String line) {
        int i = 0;
        while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The candidates for the word that ends {@code before}, sorted. */
    List<Candidate> complete(String before) {
        int start = wordStart(before);
        String word = before.substring(start);
        if (before.startsWith(":") && start == 0) {
            return COMMANDS.stream().filter(c -> c.startsWith(word)).map(c -> Candidate.word(c, true)).toList();
        }
        String command = before.startsWith(":") ? before.substring(0, commandEnd(before)) : "";
        try {
            return switch (command) {
                case ":l", ":load" -> files(word, false);
                case ":lf", ":load-flake" -> flakeRefs(word);
                case ":o", ":option" -> options(word);
                default -> expression(word);
            };
        } catch (RuntimeException e) {
            // Completing must never disturb the session: whatever fails (evaluation, I/O) offers nothing.
            return List.of();
        }
    }

    private List<Candidate> expression(String word) {
        if (word.contains("/")) {
            return files(word, false);
        }
        Optional<Integer> dot = lastSelectingDot(word);
        if (dot.isEmpty()) {
            return variables(word);
        }
        String target = word.substring(0, dot.get());
        String partial = word.substring(dot.get() + 1);
        Value v = session.evaluate(target);
        return v instanceof NixAttrs attrs ? attributes(target + ".", attrs, partial) : List.of();
    }

    /** The last dot in {@code word} whose left side is a whole expression (not one inside a quoted name). */
    private Optional<Integer> lastSelectingDot(String word) {
        for (int dot = word.lastIndexOf('.'); dot > 0; dot = word.lastIndexOf('.', dot - 1)) {
            try {
                SourceParser.parse(session.source(word.substring(0, dot)));
                return Optional.of(dot);
            } catch (ParseError e) {
                // Not an expression: try an earlier dot.
            }
        }
        return Optional.empty();
    }

    private List<Candidate> variables(String prefix) {
        TreeSet<String> names = new TreeSet<>();
        session.variableNames().forEach(n -> names.add(ByteStrings.toText(n)));
        names.addAll(session.evaluator().globalNames());
        names.addAll(KEYWORDS);
        return names.stream().filter(n -> n.startsWith(prefix)).map(n -> Candidate.word(n, false)).toList();
    }

    /** The names of {@code attrs} that {@code partial} (plain, or an opened quote) begins, after {@code head}. */
    private static List<Candidate> attributes(String head, NixAttrs attrs, String partial) {
        boolean quoted = partial.startsWith("\"");
        if (quoted && partial.contains("${")) {
            return List.of();
        }
        String prefix = AttrPaths.split(partial).getFirst();
        List<Candidate> out = new ArrayList<>();
        for (String name : attrs.names()) {
            if (name.startsWith(prefix)) {
                String written = ByteStrings.toText(AttrPaths.written(name, quoted));
                out.add(new Candidate(head + written, written, false));
            }
        }
        return out;
    }

    /** Option names after {@code :o}, walking the options of the configuration in scope. */
    private List<Candidate> options(String word) {
        Optional<NixAttrs> root = new OptionInspector(session).optionsRoot();
        if (root.isEmpty()) {
            return expression(word);
        }
        List<String> path = AttrPaths.split(word);
        NixAttrs set = root.get();
        StringBuilder head = new StringBuilder();
        for (String name : path.subList(0, path.size() - 1)) {
            Lazy next = set.get(name);
            if (next == null || !(session.evaluator().force(next) instanceof NixAttrs child) || isOption(child)) {
                return List.of();
            }
            set = child;
            head.append(ByteStrings.toText(AttrPaths.written(name, false))).append('.');
        }
        String last = word.substring(word.lastIndexOf('.') + 1);
        return attributes(head.toString(), set, last);
    }

    private boolean isOption(NixAttrs attrs) {
        Lazy type = attrs.get("_type");
        return type != null && session.evaluator().force(type) instanceof NixString s && s.value().equals("option");
    }

    /** After {@code :lf}: reference schemes, and folders (a flake is a folder). */
    private List<Candidate> flakeRefs(String word) {
        List<Candidate> out = new ArrayList<>(files(word, true));
        FLAKE_SCHEMES.stream().filter(s -> s.startsWith(word) && !word.isEmpty()).forEach(s -> out.add(Candidate.word(s, false)));
        return out;
    }

    /** Files and folders that {@code word} begins, relative to the working directory unless absolute. */
    private List<Candidate> files(String word, boolean foldersOnly) {
        int slash = word.lastIndexOf('/');
        String folderPart = slash < 0 ? "" : word.substring(0, slash + 1);
        String prefix = word.substring(slash + 1);
        Path folder = folderPart.isEmpty() ? session.workingDirectory()
                : folderPart.startsWith("/") ? Path.of(folderPart) : session.workingDirectory().resolve(folderPart);
        List<Candidate> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(prefix) || name.startsWith(".") && !prefix.startsWith(".")) {
                    continue;
                }
                boolean isFolder = Files.isDirectory(entry);
                if (isFolder) {
                    out.add(new Candidate(folderPart + name + "/", name + "/", false));
                } else if (!foldersOnly) {
                    out.add(new Candidate(folderPart + name, name, true));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return out;
    }
}
