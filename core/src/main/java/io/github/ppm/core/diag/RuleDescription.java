package io.github.ppm.core.diag;

import io.github.ppm.model.Text;
import java.util.List;
import java.util.Objects;

/**
 * What a report can say about a rule beyond its findings, for SARIF's {@code tool.driver.rules}:
 * a title, a longer description (the legal source), help, and tags.
 *
 * @param title        a short title in both languages
 * @param description  a longer description in both languages, or {@code null}
 * @param help         what to do about a finding, in both languages, as plain text
 * @param helpMarkdown the same (or the rule's whole page) as Markdown, or {@code null}
 * @param tags         plain tags (topic, default severity, reliability of the source)
 */
public record RuleDescription(Text title, Text description, Text help, String helpMarkdown, List<String> tags) {
    public RuleDescription {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(help, "help");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /**
     * The description of a diagnostic ppm itself reports ({@code PPM-IO-SYNTAX}, ...), from the
     * message catalogue: its message with each value left out as the title, its help as help;
     * {@code null} for an id the catalogue does not have.
     */
    public static RuleDescription ofCatalogue(String rule) {
        if (!Messages.has(rule)) {
            return null;
        }
        Text title = Messages.template(rule);
        Text help = Messages.has(rule + ".help") ? Messages.template(rule + ".help") : title;
        return new RuleDescription(title, null, help,
                "**" + title.en() + "** (`" + rule + "`)\n\n" + help.en() + "\n\n" + help.zh() + "\n", List.of("ppm"));
    }
}
