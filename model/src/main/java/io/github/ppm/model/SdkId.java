package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a third-party SDK entry within a policy. */
@JsonClassDescription("Identifies a third-party SDK entry within the policy.")
public record SdkId(@JsonValue String value) implements Identifier {
    @JsonCreator
    public SdkId {
        Checks.slug(value, "sdk id");
    }

    @Override
    public String toString() {
        return value;
    }
}
