package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a contact point of the controller. */
@JsonClassDescription("Identifies a contact point of the controller.")
public record ContactId(@JsonValue String value) implements Identifier {
    @JsonCreator
    public ContactId {
        Checks.slug(value, "contact id");
    }

    @Override
    public String toString() {
        return value;
    }
}
