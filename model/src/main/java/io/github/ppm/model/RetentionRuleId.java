package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a retention rule within a policy. */
@JsonClassDescription("Identifies a retention rule within the policy.")
public record RetentionRuleId(@JsonValue String value) implements Identifier {
    @JsonCreator
    public RetentionRuleId {
        Checks.slug(value, "retention rule id");
    }

    @Override
    public String toString() {
        return value;
    }
}
