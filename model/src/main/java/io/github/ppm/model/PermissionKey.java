package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A system permission of the taxonomy, e.g. {@code location}. */
@JsonClassDescription("A system permission of the taxonomy, e.g. location.")
public record PermissionKey(@JsonValue String value) implements TaxonomyKey {
    @JsonCreator
    public PermissionKey {
        Checks.dotted(value, "permission key");
    }

    @Override
    public String toString() {
        return value;
    }
}
