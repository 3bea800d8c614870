package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A personal-data category of the taxonomy, e.g. {@code device.identifier.imei}. */
@JsonClassDescription("A personal-data category of the taxonomy, e.g. device.identifier.imei.")
public record CategoryKey(@JsonValue String value) implements TaxonomyKey {
    @JsonCreator
    public CategoryKey {
        Checks.dotted(value, "data category key");
    }

    @Override
    public String toString() {
        return value;
    }
}
