package io.github.ppm.core.disclosure;

import io.github.ppm.model.Text;
import java.util.List;
import java.util.Objects;

/**
 * One cell: the text people read, and the keys it was made from (taxonomy keys, ids, web
 * addresses) so that tools and tests can check it against the policy.
 *
 * @param text the text in both languages; empty when the policy says nothing
 * @param keys the policy values behind the text, in order
 */
public record Cell(Text text, List<String> keys) {
    public Cell {
        Objects.requireNonNull(text, "text");
        keys = List.copyOf(keys);
    }

    /** A cell of plain text with no keys behind it. */
    public static Cell of(Text text) {
        return new Cell(text, List.of());
    }
}
