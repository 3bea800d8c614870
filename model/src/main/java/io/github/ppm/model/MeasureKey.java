package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A kind of security measure of the taxonomy, e.g. {@code encryption}. */
@JsonClassDescription("A kind of security measure of the taxonomy, e.g. encryption.")
public record MeasureKey(@JsonValue String value) implements TaxonomyKey {
    @JsonCreator
    public MeasureKey {
        Checks.dotted(value, "measure key");
    }

    @Override
    public String toString() {
        return value;
    }
}
