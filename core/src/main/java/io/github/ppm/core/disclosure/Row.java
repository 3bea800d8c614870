package io.github.ppm.core.disclosure;

import java.util.List;
import java.util.Objects;

/**
 * One row of a table.
 *
 * @param source the JSON pointer (RFC 6901) of the policy object the row comes from, e.g.
 *               {@code /activities/0/collects/1}
 * @param cells  one cell per column, in column order
 */
public record Row(String source, List<Cell> cells) {
    public Row {
        Objects.requireNonNull(source, "source");
        cells = List.copyOf(cells);
    }
}
