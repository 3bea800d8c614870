package io.github.ppm.core.disclosure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Renders a {@link Table} in one format and language. Output is deterministic: no dates, no randomness. */
final class TableRenderer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter PRETTY = JSON.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    /** Columns of short values (a section number, yes/no) that read badly when wrapped. */
    private static final Set<String> NO_WRAP = Set.of("section", "necessity", "sensitive",
            "article", "time-limit");
    /** Lets Excel open UTF-8 CSV with Chinese text correctly; RFC 4180 readers skip it. */
    static final String BOM = "\uFEFF";

    private TableRenderer() {
    }

    static String render(Table table, TableFormat format, String lang) {
        return switch (format) {
            case HTML -> html(table, lang);
            case MARKDOWN -> markdown(table, lang);
            case CSV -> csv(table, lang);
            case JSON -> json(table, lang);
        };
    }

    // ---- HTML ------------------------------------------------------------------------------------

    private static String html(Table table, String lang) {
        String title = table.title().in(lang);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.text(title, lang)).append("</h1>\n");
        body.append("<p class=\"subject\">").append(Html.text(table.subject().in(lang), lang)).append("</p>\n");
        body.append(htmlTable(table, lang));
        body.append("<p class=\"note\">").append(Html.escape(Labels.of("page.generated").in(lang)))
                .append(" <code>").append(Html.escape(table.policyId())).append("</code></p>\n");
        return Html.page(lang, title + " — " + table.subject().in(lang), body.toString());
    }

    /** The {@code <table>} element alone, with caption, column and row headers. */
    static String htmlTable(Table table, String lang) {
        StringBuilder out = new StringBuilder();
        out.append("<table>\n<caption>").append(Html.text(table.title().in(lang), lang)).append(" · ")
                .append(Html.escape(Labels.of("page.rows", table.rows().size()).in(lang))).append("</caption>\n");
        out.append("<thead>\n<tr>");
        for (Column column : table.columns()) {
            out.append("<th scope=\"col\"").append(NO_WRAP.contains(column.id()) ? " class=\"nowrap\"" : "")
                    .append('>').append(Html.text(column.header().in(lang), lang)).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        if (table.rows().isEmpty()) {
            out.append("<tr><td colspan=\"").append(table.columns().size()).append("\">")
                    .append(Html.escape(Labels.of("page.empty").in(lang))).append("</td></tr>\n");
        }
        for (Row row : table.rows()) {
            out.append("<tr data-source=\"").append(Html.escape(row.source())).append("\">");
            for (int i = 0; i < row.cells().size(); i++) {
                String tag = i == 0 ? "th" : "td";
                out.append('<').append(tag).append(i == 0 ? " scope=\"row\"" : "")
                        .append(NO_WRAP.contains(table.columns().get(i).id()) ? " class=\"nowrap\"" : "").append('>');
                out.append(htmlCell(table.columns().get(i), row.cells().get(i), lang));
                out.append("</").append(tag).append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        return out.toString();
    }

    private static String htmlCell(Column column, Cell cell, String lang) {
        if (!column.links() || cell.keys().isEmpty()) {
            return Html.text(cell.text().in(lang), lang);
        }
        List<String> links = new ArrayList<>();
        for (String url : cell.keys()) {
            links.add(Html.link(url, url));
        }
        return String.join("<br>", links);
    }

    // ---- Markdown --------------------------------------------------------------------------------

    private static String markdown(Table table, String lang) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(md(table.title().in(lang))).append("\n\n");
        out.append(md(table.subject().in(lang))).append("\n\n");
        out.append('|');
        for (Column column : table.columns()) {
            out.append(' ').append(md(column.header().in(lang))).append(" |");
        }
        out.append("\n|");
        out.append(" --- |".repeat(table.columns().size()));
        out.append('\n');
        for (Row row : table.rows()) {
            out.append('|');
            for (int i = 0; i < row.cells().size(); i++) {
                out.append(' ').append(mdCell(table.columns().get(i), row.cells().get(i), lang)).append(" |");
            }
            out.append('\n');
        }
        if (table.rows().isEmpty()) {
            out.append('\n').append(md(Labels.of("page.empty").in(lang))).append('\n');
        }
        out.append('\n').append(md(Labels.of("page.generated").in(lang))).append(" `")
                .append(table.policyId()).append("`\n");
        return out.toString();
    }

    private static String mdCell(Column column, Cell cell, String lang) {
        if (!column.links() || cell.keys().isEmpty()) {
            return md(cell.text().in(lang));
        }
        List<String> links = new ArrayList<>();
        for (String url : cell.keys()) {
            // An autolink takes no escapes; encode what would end it or split the table cell.
            links.add("<" + url.replace("\\", "%5C").replace("|", "%7C").replace("<", "%3C").replace(">", "%3E")
                    .replace(" ", "%20") + ">");
        }
        return String.join(" ", links);
    }

    /**
     * Text as literal Markdown: every character that could start markup, HTML or a table-cell break
     * is backslash-escaped (CommonMark allows escaping any ASCII punctuation); line breaks become
     * {@code <br>} so that a cell stays on its row.
     */
    static String md(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                out.append("<br>");
            } else if (c == '\n') {
                out.append("<br>");
            } else if (c == '_' && i > 0 && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1))) {
                out.append(c); // inside a word an underscore can neither open nor close emphasis
            } else if ("\\`*_[]<>|~&!#$".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // ---- CSV -------------------------------------------------------------------------------------

    private static String csv(Table table, String lang) {
        StringBuilder out = new StringBuilder(BOM);
        out.append(Csv.row(table.columns().stream().map(c -> c.header().in(lang)).toList()));
        for (Row row : table.rows()) {
            out.append(Csv.row(row.cells().stream().map(c -> c.text().in(lang)).toList()));
        }
        return out.toString();
    }

    // ---- JSON ------------------------------------------------------------------------------------

    private static String json(Table table, String lang) {
        ObjectNode root = JSON.createObjectNode();
        root.put("kind", table.kind().id());
        root.put("lang", lang);
        root.put("policy", table.policyId());
        root.put("title", table.title().in(lang));
        root.put("subject", table.subject().in(lang));
        ArrayNode columns = root.putArray("columns");
        for (Column column : table.columns()) {
            columns.addObject().put("id", column.id()).put("header", column.header().in(lang));
        }
        ArrayNode rows = root.putArray("rows");
        for (Row row : table.rows()) {
            ObjectNode item = rows.addObject();
            item.put("source", row.source());
            ObjectNode cells = item.putObject("cells");
            for (int i = 0; i < row.cells().size(); i++) {
                Cell cell = row.cells().get(i);
                ObjectNode node = cells.putObject(table.columns().get(i).id());
                node.put("text", cell.text().in(lang));
                ArrayNode keys = node.putArray("keys");
                cell.keys().forEach(keys::add);
            }
        }
        try {
            return PRETTY.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }
}
