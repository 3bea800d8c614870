package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;

/**
 * A fact of the policy that no dedicated type holds: a promise, a disclaimer, a definition.
 * Kept so that every fact-bearing section is encoded somewhere.
 */
@JsonClassDescription("A fact of the policy that no dedicated type holds: a promise, a disclaimer, a definition.")
public record Clause(
        @JsonPropertyDescription("The clause's id, unique in the policy.")
        @JsonProperty(required = true) ClauseId id,
        @JsonPropertyDescription("The fact in short words.")
        @JsonProperty(required = true) @Valid Text label,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public Clause {
        Checks.required(id, "id");
        Checks.required(label, "label");
        Checks.required(source, "source");
    }
}
