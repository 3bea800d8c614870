package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;

/** One criterion the policy gives for a material change. */
@JsonClassDescription("One criterion the policy gives for a material change (重大变更).")
public record MaterialChange(
        @JsonPropertyDescription("The kind of change, classified.")
        @JsonProperty(required = true) MaterialChangeKind kind,
        @JsonPropertyDescription("The criterion in the policy's words.")
        @JsonProperty(required = true) @Valid Text label,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public MaterialChange {
        Checks.required(kind, "kind");
        Checks.required(label, "label");
        Checks.required(source, "source");
    }
}
