package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a disclosure (share, transfer, public disclosure, entrusted processing). */
@JsonClassDescription("Identifies a disclosure: a share, transfer, public disclosure or entrusted processing.")
public record DisclosureId(@JsonValue String value) implements Identifier {
    @JsonCreator
    public DisclosureId {
        Checks.slug(value, "disclosure id");
    }

    @Override
    public String toString() {
        return value;
    }
}
