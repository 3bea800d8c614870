package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a business scenario (processing activity) within a policy. */
@JsonClassDescription("Identifies a business scenario (业务场景), a processing activity, within the policy.")
public record ActivityId(@JsonValue String value) implements Identifier {
    @JsonCreator
    public ActivityId {
        Checks.slug(value, "activity id");
    }

    @Override
    public String toString() {
        return value;
    }
}
