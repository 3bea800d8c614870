package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a security measure within a policy. */
@JsonClassDescription("Identifies a security measure within the policy.")
public record MeasureId(@JsonValue String value) implements Identifier {
    @JsonCreator
    public MeasureId {
        Checks.slug(value, "measure id");
    }

    @Override
    public String toString() {
        return value;
    }
}
