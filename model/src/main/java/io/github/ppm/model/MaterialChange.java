package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;

/** One criterion the policy gives for a material change. */
public record MaterialChange(
        @JsonProperty(required = true) MaterialChangeKind kind,
        @JsonProperty(required = true) @Valid Text label,
        @JsonProperty(required = true) Section source) {
    public MaterialChange {
        Checks.required(kind, "kind");
        Checks.required(label, "label");
        Checks.required(source, "source");
    }
}
