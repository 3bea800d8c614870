package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/**
 * A way to reach the controller, as written and normalised. A policy that writes one hotline two
 * ways has two contact points with one normalised value.
 */
@JsonClassDescription("A way to reach the controller, as written and normalised.")
public record ContactPoint(
        @JsonPropertyDescription("The contact point's id, unique in the policy.")
        @JsonProperty(required = true) ContactId id,
        @JsonPropertyDescription("The kind of contact point.")
        @JsonProperty(required = true) ContactKind kind,
        @JsonPropertyDescription("Exactly as written, e.g. 9510-5520.")
        @JsonProperty(required = true) @NotBlank String raw,
        @JsonPropertyDescription("The canonical value, e.g. 95105520.")
        @JsonProperty(required = true) @NotBlank String normalised,
        @JsonPropertyDescription("What the contact point is for.")
        @Valid Text label,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public ContactPoint {
        Checks.required(id, "id");
        Checks.required(kind, "kind");
        Checks.required(raw, "raw");
        Checks.required(normalised, "normalised");
        Checks.required(source, "source");
    }
}
