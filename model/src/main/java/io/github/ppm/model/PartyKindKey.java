package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A kind of recipient or source of the taxonomy, e.g. {@code credit-reference-agency}. */
@JsonClassDescription("A kind of recipient or source of the taxonomy, e.g. credit-reference-agency.")
public record PartyKindKey(@JsonValue String value) implements TaxonomyKey {
    @JsonCreator
    public PartyKindKey {
        Checks.dotted(value, "party kind key");
    }

    @Override
    public String toString() {
        return value;
    }
}
