package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an organisation or class of organisations named by a policy. */
@JsonClassDescription("Identifies an organisation or class of organisations named by the policy.")
public record PartyId(@JsonValue String value) implements Identifier {
    @JsonCreator
    public PartyId {
        Checks.slug(value, "party id");
    }

    @Override
    public String toString() {
        return value;
    }
}
