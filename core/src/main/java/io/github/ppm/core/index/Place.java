package io.github.ppm.core.index;

import io.github.ppm.model.Section;

/**
 * Where an object of the policy is: its JSON pointer in the document and the section it cites.
 *
 * @param pointer the JSON pointer, e.g. {@code /sdks/2}
 * @param section its {@code source}
 */
public record Place(String pointer, Section section) {
}
