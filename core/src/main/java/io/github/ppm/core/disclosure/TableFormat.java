package io.github.ppm.core.disclosure;

/** The formats a table is rendered in. */
public enum TableFormat {
    /** One self-contained, accessible, print-friendly HTML page. */
    HTML("html"),
    /** A GitHub-flavoured Markdown table. */
    MARKDOWN("md"),
    /** RFC 4180 CSV, safe to open in a spreadsheet. */
    CSV("csv"),
    /** The table as data: columns, and rows with the keys and source pointer behind each cell. */
    JSON("json");

    private final String extension;

    TableFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension, also the name used on the command line. */
    public String extension() {
        return extension;
    }
}
