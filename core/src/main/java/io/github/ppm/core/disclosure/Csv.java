package io.github.ppm.core.disclosure;

import java.util.List;

/**
 * CSV as RFC 4180 writes it (CRLF line ends; fields with a comma, quote, CR or LF quoted; quotes
 * doubled), made safe for spreadsheets by {@link #neutralise}. Every CSV and TSV ppm writes (the
 * tables, the store labels, query answers) goes through {@link #neutralise}: this is the one place
 * that decides what a spreadsheet would run as a formula.
 */
public final class Csv {
    /** What starts a formula, in ASCII and full width (an East Asian keyboard types {@code ＝}). */
    private static final String TRIGGERS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";
    /** What a spreadsheet skips before it looks for a formula; a leading tab or CR alone also counts. */
    private static final String LEADING = " \t\r\n\u00A0\u3000";

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

    /**
     * The value with a leading {@code '} when a spreadsheet would read it as a formula (CSV
     * injection): when it starts with {@code = + - @} or their full-width forms, after any
     * spaces, tabs, line breaks, no-break or ideographic spaces, or when it starts with a tab or a
     * carriage return at all. Excel, LibreOffice and Sheets then show it as text.
     */
    public static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        if (value.charAt(0) == '\t' || value.charAt(0) == '\r') {
            return "'" + value;
        }
        int i = 0;
        while (i < value.length() && LEADING.indexOf(value.charAt(i)) >= 0) {
            i++;
        }
        return i < value.length() && TRIGGERS.indexOf(value.charAt(i)) >= 0 ? "'" + value : value;
    }

    private static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
