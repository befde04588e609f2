package org.nixj.eval.serial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nixj.source.ByteStrings;

/**
 * A TOML 1.0.0 parser (https://toml.io/en/v1.0.0) for {@code builtins.fromTOML}. It reads a byte string
 * (UTF-8) into a tree of {@link Table}s, {@link TableArray}s (from {@code [[...]]}), {@link List}s,
 * {@link Long}s, {@link Double}s, {@link Boolean}s, byte-string {@link String}s and {@link DateTime}s, and
 * enforces the spec's rules: 64-bit integers, no key defined twice, no table defined twice, inline tables
 * and static arrays closed to later additions, dotted keys extending only tables they created.
 *
 * <p>Errors are {@link TomlError}s naming line and column. Their texts are nixj's own: Nix reports the
 * messages of the toml11 library, which cannot be reproduced word for word.
 */
public final class TomlParser {
    /** A table: its entries in definition order, and how it came to exist. */
    public static final class Table {
        final Map<String, Object> entries = new LinkedHashMap<>();
        /** Defined by a {@code [header]} of its own. */
        boolean defined;
        /** Created by a dotted key in a key/value pair. */
        boolean dotted;
        /** An inline table, closed once written. */
        boolean inline;

        public Map<String, Object> entries() {
            return entries;
        }
    }

    /** An array of tables, made by {@code [[header]]}s. */
    public record TableArray(List<Table> tables) {}

    /** A date, time or date-time, kept as written. */
    public record DateTime(String text) {}

    /** Malformed TOML. */
    public static final class TomlError extends RuntimeException {
        public TomlError(String message) {
            super(message, null, false, false);
        }
    }

    private final String in;
    private int p;
    private final Table root = new Table();
    private Table current = root;

    private TomlParser(String input) {
        this.in = input;
    }

    /** The document's root table. */
    public static Table parse(String bytes) {
        TomlParser parser = new TomlParser(bytes);
        parser.document();
        return parser.root;
    }

    // ---- errors and characters ---------------------------------------------------------------------------

    private TomlError error(String message) {
        return error(p, message);
    }

    private TomlError error(int at, String message) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < at && i < in.length(); i++) {
            if (in.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new TomlError("line " + line + ", column " + column + ": " + message);
    }

    private int peek() {
        return p < in.length() ? in.charAt(p) : -1;
    }

    private int peek(int ahead) {
        return p + ahead < in.length() ? in.charAt(p + ahead) : -1;
    }

    private boolean eat(char c) {
        if (peek() == c) {
            p++;
            return true;
        }
        return false;
    }

    private void expect(char c, String what) {
        if (!eat(c)) {
            throw error("expected " + what);
        }
    }

    private void spaces() {
        while (peek() == ' ' || peek() == '\t') {
            p++;
        }
    }

    private void comment() {
        if (peek() != '#') {
            return;
        }
        p++;
        while (p < in.length() && in.charAt(p) != '\n') {
            char c = in.charAt(p);
            if (c == '\r' && peek(1) == '\n') {
                return;
            }
            if (c < 0x20 && c != '\t' || c == 0x7F) {
                throw error("control character in a comment");
            }
            p++;
        }
    }

    /** A newline (LF or CRLF) or the end; false if neither is here. */
    private boolean newline() {
        if (peek() == '\n') {
            p++;
            return true;
        }
        if (peek() == '\r' && peek(1) == '\n') {
            p += 2;
            return true;
        }
        return p >= in.length();
    }

    private void endOfLine() {
        spaces();
        comment();
        if (!newline()) {
            throw error("expected the end of the line");
        }
    }

    /** Whitespace, comments and newlines, as allowed inside arrays. */
    private void blank() {
        while (true) {
            spaces();
            comment();
            if (peek() == '\n' || peek() == '\r' && peek(1) == '\n') {
                newline();
            } else {
                return;
            }
        }
    }

    // ---- document structure ------------------------------------------------------------------------------

    private void document() {
        while (p < in.length()) {
            spaces();
            int c = peek();
            if (c == '#' || c == '\n' || c == '\r') {
                endOfLine();
            } else if (c == '[') {
                header();
            } else if (c == -1) {
                return;
            } else {
                keyValue(current);
                endOfLine();
            }
        }
    }

    private void header() {
        int start = p;
        p++;
        boolean array = eat('[');
        spaces();
        List<String> key = key();
        spaces();
        expect(']', "']'");
        if (array) {
            expect(']', "']]'");
        }
        Table parent = root;
        for (int i = 0; i < key.size() - 1; i++) {
            parent = descend(parent, key.get(i), start);
        }
        String last = key.get(key.size() - 1);
        Object existing = parent.entries.get(last);
        if (array) {
            Table t = new Table();
            t.defined = true;
            if (existing == null) {
                List<Table> tables = new ArrayList<>();
                tables.add(t);
                parent.entries.put(last, new TableArray(tables));
            } else if (existing instanceof TableArray ta) {
                ta.tables.add(t);
            } else {
                throw error(start, "'" + String.join(".", key) + "' is already defined and is not an array of tables");
            }
            current = t;
        } else {
            if (existing == null) {
                Table t = new Table();
                t.defined = true;
                parent.entries.put(last, t);
                current = t;
            } else if (existing instanceof Table t && !t.defined && !t.dotted && !t.inline) {
                t.defined = true;
                current = t;
            } else {
                throw error(start, "table '" + String.join(".", key) + "' is defined more than once");
            }
        }
        endOfLine();
    }

    /** The table {@code name} inside {@code parent} on the way to a header, created if missing. */
    private Table descend(Table parent, String name, int at) {
        Object o = parent.entries.get(name);
        if (o == null) {
            Table t = new Table();
            parent.entries.put(name, t);
            return t;
        }
        if (o instanceof Table t && !t.inline) {
            return t;
        }
        if (o instanceof TableArray ta) {
            return ta.tables.get(ta.tables.size() - 1);
        }
        throw error(at, "'" + name + "' is already defined and is not a table");
    }

    private void keyValue(Table table) {
        int start = p;
        List<String> key = key();
        spaces();
        expect('=', "'=' after a key");
        spaces();
        Object value = value();
        Table t = table;
        for (int i = 0; i < key.size() - 1; i++) {
            Object o = t.entries.get(key.get(i));
            if (o == null) {
                Table sub = new Table();
                sub.dotted = true;
                t.entries.put(key.get(i), sub);
                t = sub;
            } else if (o instanceof Table sub && sub.dotted && !sub.inline) {
                t = sub;
            } else {
                throw error(start, "cannot add to '" + String.join(".", key.subList(0, i + 1)) + "' with a dotted key");
            }
        }
        String last = key.get(key.size() - 1);
        if (t.entries.containsKey(last)) {
            throw error(start, "key '" + String.join(".", key) + "' is defined more than once");
        }
        t.entries.put(last, value);
    }

    // ---- keys --------------------------------------------------------------------------------------------

    private List<String> key() {
        List<String> parts = new ArrayList<>();
        while (true) {
            parts.add(simpleKey());
            spaces();
            if (!eat('.')) {
                return parts;
            }
            spaces();
        }
    }

    private String simpleKey() {
        int c = peek();
        if (c == '"') {
            if (peek(1) == '"' && peek(2) == '"') {
                throw error("a key cannot be a multi-line string");
            }
            return basicString();
        }
        if (c == '\'') {
            if (peek(1) == '\'' && peek(2) == '\'') {
                throw error("a key cannot be a multi-line string");
            }
            return literalString();
        }
        int start = p;
        while (bareKeyChar(peek())) {
            p++;
        }
        if (p == start) {
            throw error(c == -1 || c == '\n' || c == '\r' ? "expected a key" : "invalid character in a key");
        }
        return in.substring(start, p);
    }

    private static boolean bareKeyChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    // ---- values ------------------------------------------------------------------------------------------

    private Object value() {
        int c = peek();
        switch (c) {
            case '"' -> {
                return peek(1) == '"' && peek(2) == '"' ? multiLineBasicString() : basicString();
            }
            case '\'' -> {
                return peek(1) == '\'' && peek(2) == '\'' ? multiLineLiteralString() : literalString();
            }
            case '[' -> {
                return array();
            }
            case '{' -> {
                return inlineTable();
            }
            case 't' -> {
                if (in.startsWith("true", p)) {
                    p += 4;
                    return Boolean.TRUE;
                }
            }
            case 'f' -> {
                if (in.startsWith("false", p)) {
                    p += 5;
                    return Boolean.FALSE;
                }
            }
            default -> {
                if (c == '+' || c == '-' || c == 'i' || c == 'n' || c >= '0' && c <= '9') {
                    TomlNumbers.Scanned s = TomlNumbers.scan(in, p, this::error);
                    p = s.end();
                    return s.value();
                }
            }
        }
        throw error(c == -1 || c == '\n' || c == '\r' ? "expected a value" : "invalid value");
    }

    private List<Object> array() {
        p++;
        List<Object> items = new ArrayList<>();
        while (true) {
            blank();
            if (eat(']')) {
                return items;
            }
            items.add(value());
            blank();
            if (eat(']')) {
                return items;
            }
            expect(',', "',' or ']' in an array");
        }
    }

    private Table inlineTable() {
        p++;
        Table t = new Table();
        spaces();
        if (!eat('}')) {
            while (true) {
                spaces();
                keyValue(t);
                spaces();
                if (eat('}')) {
                    break;
                }
                expect(',', "',' or '}' in an inline table");
            }
        }
        close(t);
        return t;
    }

    /**
     * Closes an inline table and the tables its dotted keys made. Inline tables among its values are closed
     * already and are not walked again: walking them made nested inline tables take quadratic time.
     */
    private static void close(Table t) {
        t.inline = true;
        for (Object o : t.entries.values()) {
            if (o instanceof Table sub && !sub.inline) {
                close(sub);
            }
        }
    }

    // ---- strings -----------------------------------------------------------------------------------------

    private String basicString() {
        p++;
        StringBuilder out = new StringBuilder();
        while (true) {
            int c = peek();
            if (c == -1 || c == '\n' || c == '\r' && peek(1) == '\n') {
                throw error("unterminated string");
            }
            p++;
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                escape(out);
            } else {
                character(c, out);
            }
        }
    }

    private String multiLineBasicString() {
        p += 3;
        newline1();
        StringBuilder out = new StringBuilder();
        while (true) {
            if (p >= in.length()) {
                throw error("unterminated multi-line string");
            }
            if (in.startsWith("\"\"\"", p)) {
                // Up to two quotes may end the content right before the closing delimiter.
                int quotes = 3;
                while (quotes < 5 && peek(quotes) == '"') {
                    quotes++;
                }
                out.append("\"".repeat(quotes - 3));
                p += quotes;
                return out.toString();
            }
            int c = in.charAt(p);
            if (c == '\\') {
                int q = p + 1;
                while (q < in.length() && (in.charAt(q) == ' ' || in.charAt(q) == '\t')) {
                    q++;
                }
                if (q < in.length() && (in.charAt(q) == '\n' || in.charAt(q) == '\r' && q + 1 < in.length()
                        && in.charAt(q + 1) == '\n')) {
                    // A line-ending backslash: skip all whitespace and newlines that follow.
                    p = q;
                    while (p < in.length() && (" \t\n".indexOf(in.charAt(p)) >= 0
                            || in.charAt(p) == '\r' && peek(1) == '\n')) {
                        p++;
                    }
                    continue;
                }
                p++;
                escape(out);
            } else if (c == '\n' || c == '\r' && peek(1) == '\n') {
                out.append('\n');
                p += c == '\r' ? 2 : 1;
            } else {
                p++;
                character(c, out);
            }
        }
    }

    private String literalString() {
        p++;
        int start = p;
        while (true) {
            int c = peek();
            if (c == -1 || c == '\n' || c == '\r' && peek(1) == '\n') {
                throw error("unterminated string");
            }
            if (c == '\'') {
                String s = in.substring(start, p);
                p++;
                return s;
            }
            p++;
            character(c, null);
        }
    }

    private String multiLineLiteralString() {
        p += 3;
        newline1();
        StringBuilder out = new StringBuilder();
        while (true) {
            if (p >= in.length()) {
                throw error("unterminated multi-line string");
            }
            if (in.startsWith("'''", p)) {
                int quotes = 3;
                while (quotes < 5 && peek(quotes) == '\'') {
                    quotes++;
                }
                out.append("'".repeat(quotes - 3));
                p += quotes;
                return out.toString();
            }
            int c = in.charAt(p);
            if (c == '\n' || c == '\r' && peek(1) == '\n') {
                out.append('\n');
                p += c == '\r' ? 2 : 1;
            } else {
                p++;
                character(c, out);
            }
        }
    }

    /** Skips the newline right after an opening {@code """} or {@code '''}. */
    private void newline1() {
        if (peek() == '\n') {
            p++;
        } else if (peek() == '\r' && peek(1) == '\n') {
            p += 2;
        }
    }

    /** A literal character of a string (c already consumed): checked, then added to {@code out} if given. */
    private void character(int c, StringBuilder out) {
        if (c < 0x20 && c != '\t' || c == 0x7F) {
            throw error(p - 1, "control character in a string");
        }
        if (c >= 0x80) {
            int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            String seq = in.substring(p - 1, Math.min(in.length(), p - 1 + length));
            if (Utf8.check(seq) != null || seq.length() < length || c < 0xC2 || c > 0xF4) {
                throw error(p - 1, "invalid UTF-8");
            }
            if (out != null) {
                out.append(seq);
            }
            p += length - 1;
            return;
        }
        if (out != null) {
            out.append((char) c);
        }
    }

    private void escape(StringBuilder out) {
        int c = peek();
        p++;
        switch (c) {
            case 'b' -> out.append('\b');
            case 't' -> out.append('\t');
            case 'n' -> out.append('\n');
            case 'f' -> out.append('\f');
            case 'r' -> out.append('\r');
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'u' -> unicode(out, 4);
            case 'U' -> unicode(out, 8);
            default -> throw error(p - 2, "invalid escape sequence");
        }
    }

    private void unicode(StringBuilder out, int digits) {
        if (p + digits > in.length()) {
            throw error("invalid unicode escape");
        }
        int cp = 0;
        for (int i = 0; i < digits; i++) {
            int d = Character.digit(in.charAt(p + i), 16);
            if (d < 0) {
                throw error("invalid unicode escape");
            }
            cp = cp * 16 + d;
            if (cp > 0x10FFFF) {
                throw error("invalid unicode escape: not a Unicode scalar value");
            }
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            throw error("invalid unicode escape: not a Unicode scalar value");
        }
        p += digits;
        out.append(ByteStrings.utf8(new String(Character.toChars(cp))));
    }
}
