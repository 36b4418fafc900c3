package org.eacplanner.export;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes. */
final class Rfc4180 {

    private Rfc4180() {
    }

    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"') {
                if (field.length() > 0) {
                    throw new IllegalArgumentException("quote inside an unquoted field at " + i);
                }
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else if (c == '\r' || c == '\n') {
                throw new IllegalArgumentException("bare line break outside quotes at " + i);
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field");
        }
        if (field.length() > 0 || !row.isEmpty()) {
            throw new IllegalArgumentException("the last record does not end with CRLF");
        }
        return rows;
    }
}
