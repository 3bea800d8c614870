package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A purpose of the taxonomy, e.g. {@code fraud.prevention}. */
@JsonClassDescription("A purpose of the taxonomy, e.g. fraud.prevention.")
public record PurposeKey(@JsonValue String value) implements TaxonomyKey {
    @JsonCreator
    public PurposeKey {
        Checks.dotted(value, "purpose key");
    }

    @Override
    public String toString() {
        return value;
    }
}
