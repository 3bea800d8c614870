package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a consent exception within a policy. */
@JsonClassDescription("Identifies a consent exception within the policy.")
public record ConsentExceptionId(@JsonValue String value) implements Identifier {
    @JsonCreator
    public ConsentExceptionId {
        Checks.slug(value, "consent exception id");
    }

    @Override
    public String toString() {
        return value;
    }
}
