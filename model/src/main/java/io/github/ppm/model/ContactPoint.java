package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/**
 * A way to reach the controller, as written and normalised. A policy that writes one hotline two
 * ways has two contact points with one normalised value.
 *
 * @param raw        exactly as written, e.g. {@code 9510-5520}
 * @param normalised the canonical value, e.g. {@code 95105520}
 */
public record ContactPoint(
        @JsonProperty(required = true) ContactId id,
        @JsonProperty(required = true) ContactKind kind,
        @JsonProperty(required = true) @NotBlank String raw,
        @JsonProperty(required = true) @NotBlank String normalised,
        @Valid Text label,
        @JsonProperty(required = true) Section source) {
    public ContactPoint {
        Checks.required(id, "id");
        Checks.required(kind, "kind");
        Checks.required(raw, "raw");
        Checks.required(normalised, "normalised");
        Checks.required(source, "source");
    }
}
