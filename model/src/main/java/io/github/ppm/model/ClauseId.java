package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a clause that has no dedicated type. */
@JsonClassDescription("Identifies a clause that has no dedicated type.")
public record ClauseId(@JsonValue String value) implements Identifier {
    @JsonCreator
    public ClauseId {
        Checks.slug(value, "clause id");
    }

    @Override
    public String toString() {
        return value;
    }
}
