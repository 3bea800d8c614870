package io.github.ppm.core.disclosure;

import java.util.List;

/**
 * CSV as RFC 4180 writes it (CRLF line ends; fields with a comma, quote, CR or LF quoted; quotes
 * doubled), made safe for spreadsheets: a cell that starts with {@code = + - @}, a tab or a
 * carriage return — also after leading spaces — is prefixed with {@code '} so that Excel,
 * LibreOffice and Sheets show it as text instead of running it as a formula (CSV injection).
 */
public final class Csv {
    private static final String TRIGGERS = "=+-@\t\r";

    private Csv() {
    }

    /** One record, ending with CRLF. */
    public static String row(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(neutralise(cells.get(i))));
        }
        return out.append("\r\n").toString();
    }

    /** The value with a leading {@code '} when a spreadsheet would read it as a formula. */
    public static String neutralise(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == ' ') {
            i++;
        }
        if (i < value.length() && TRIGGERS.indexOf(value.charAt(i)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
