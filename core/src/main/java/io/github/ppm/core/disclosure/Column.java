package io.github.ppm.core.disclosure;

import io.github.ppm.model.Text;
import java.util.Objects;

/**
 * A column of a table.
 *
 * @param id     stable name, used as the key in JSON output, e.g. {@code purposes}
 * @param header the heading people read
 * @param links  whether the cells' keys are web addresses, which HTML and Markdown render as links
 */
public record Column(String id, Text header, boolean links) {
    public Column {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(header, "header");
    }
}
