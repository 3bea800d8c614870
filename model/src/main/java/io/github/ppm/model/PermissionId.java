package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a system permission entry within a policy. */
@JsonClassDescription("Identifies a system permission entry within the policy.")
public record PermissionId(@JsonValue String value) implements Identifier {
    @JsonCreator
    public PermissionId {
        Checks.slug(value, "permission id");
    }

    @Override
    public String toString() {
        return value;
    }
}
