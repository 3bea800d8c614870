package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;

/**
 * A fact of the policy that no dedicated type holds: a promise, a disclaimer, a definition.
 * Kept so that every fact-bearing section is encoded somewhere.
 */
public record Clause(
        @JsonProperty(required = true) ClauseId id,
        @JsonProperty(required = true) @Valid Text label,
        @JsonProperty(required = true) Section source) {
    public Clause {
        Checks.required(id, "id");
        Checks.required(label, "label");
        Checks.required(source, "source");
    }
}
