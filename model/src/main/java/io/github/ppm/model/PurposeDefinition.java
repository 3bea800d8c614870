package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;

/** A purpose a policy adds under the built-in taxonomy. Its parent must exist. */
@JsonClassDescription("A purpose the policy adds under the built-in taxonomy.")
public record PurposeDefinition(
        @JsonPropertyDescription("The new purpose's dotted key; its parent (the key without its last segment) must exist.")
        @JsonProperty(required = true) PurposeKey key,
        @JsonPropertyDescription("The purpose's name.")
        @JsonProperty(required = true) @Valid Text label,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public PurposeDefinition {
        Checks.required(key, "key");
        Checks.required(label, "label");
        Checks.required(source, "source");
    }
}
