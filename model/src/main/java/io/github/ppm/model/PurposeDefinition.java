package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;

/** A purpose a policy adds under the built-in taxonomy. Its parent must exist. */
public record PurposeDefinition(
        @JsonProperty(required = true) PurposeKey key,
        @JsonProperty(required = true) @Valid Text label,
        @JsonProperty(required = true) Section source) {
    public PurposeDefinition {
        Checks.required(key, "key");
        Checks.required(label, "label");
        Checks.required(source, "source");
    }
}
