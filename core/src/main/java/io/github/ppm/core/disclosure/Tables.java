package io.github.ppm.core.disclosure;

import io.github.ppm.core.validate.ValidatedPolicy;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The disclosure tables of a policy: build a {@link Table} (data, every row tracing back to a
 * policy object), then render it as HTML, Markdown, CSV or JSON in Chinese or English.
 *
 * <pre>{@code
 * Table list = Tables.build(policy, TableKind.COLLECTION);
 * String html = Tables.render(list, TableFormat.HTML, "zh");
 * }</pre>
 */
public final class Tables {
    /** The languages tables are rendered in. */
    public static final List<String> LANGUAGES = List.of("zh", "en");

    private Tables() {
    }

    /** One table of the policy. */
    public static Table build(ValidatedPolicy policy, TableKind kind) {
        Objects.requireNonNull(policy, "policy");
        return new TableBuilder(policy).build(kind);
    }

    /** Every table of the policy, in {@link TableKind} order. */
    public static List<Table> buildAll(ValidatedPolicy policy) {
        TableBuilder builder = new TableBuilder(Objects.requireNonNull(policy, "policy"));
        return Arrays.stream(TableKind.values()).map(builder::build).toList();
    }

    /**
     * The table as text.
     *
     * @param lang {@code zh} or {@code en}
     */
    public static String render(Table table, TableFormat format, String lang) {
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("language must be zh or en, not " + lang);
        }
        return TableRenderer.render(table, format, lang);
    }

    /** The conventional file name of a rendered table, e.g. {@code collection.zh.html}. */
    public static String fileName(TableKind kind, TableFormat format, String lang) {
        return kind.id() + "." + lang + "." + format.extension();
    }
}
