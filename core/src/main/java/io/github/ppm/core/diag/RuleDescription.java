package io.github.ppm.core.diag;

import io.github.ppm.model.Text;
import java.util.List;
import java.util.Objects;

/**
 * What a report can say about a rule beyond its findings, for SARIF's {@code tool.driver.rules}:
 * a title, a longer description (the legal source), and tags.
 *
 * @param title       a short title in both languages
 * @param description a longer description in both languages, or {@code null}
 * @param tags        plain tags (topic, default severity, reliability of the source)
 */
public record RuleDescription(Text title, Text description, List<String> tags) {
    public RuleDescription {
        Objects.requireNonNull(title, "title");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
