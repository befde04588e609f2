package org.nixj.build.system;

import java.util.ArrayList;
import java.util.List;

/** Splits a sysusers.d line into its fields: separated by blanks, a field in double quotes may hold blanks. */
final class SysusersLine {
    private SysusersLine() {}

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = null;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                if (field == null) {
                    field = new StringBuilder();
                }
            } else if (Character.isWhitespace(c)) {
                if (field != null) {
                    fields.add(field.toString());
                    field = null;
                }
            } else {
                if (field == null) {
                    field = new StringBuilder();
                }
                field.append(c);
            }
        }
        if (field != null) {
            fields.add(field.toString());
        }
        return fields;
    }
}
