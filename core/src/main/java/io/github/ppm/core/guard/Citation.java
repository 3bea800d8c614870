package io.github.ppm.core.guard;

import io.github.ppm.model.Section;
import io.github.ppm.model.Text;
import java.util.Objects;

/**
 * A policy object a decision relied on.
 *
 * @param kind    the kind of object: {@code sdk}, {@code disclosure}, {@code activity}, {@code consent-exception},
 *                or {@code permission} (the data reaches an SDK only through a permission it asks for)
 * @param id      its id
 * @param pointer its JSON pointer in the policy document, e.g. {@code /sdks/0}
 * @param section the section of the original policy it comes from
 * @param label   its label
 */
public record Citation(String kind, String id, String pointer, Section section, Text label) {
    public Citation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(label, "label");
    }
}
