package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a data-subject right entry within a policy. */
@JsonClassDescription("Identifies a data-subject right entry within the policy.")
public record RightId(@JsonValue String value) implements Identifier {
    @JsonCreator
    public RightId {
        Checks.slug(value, "right id");
    }

    @Override
    public String toString() {
        return value;
    }
}
