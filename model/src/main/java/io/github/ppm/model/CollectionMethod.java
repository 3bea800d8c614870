package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;

/** One collection method an SDK entry states (收集方式), classified and in its own words. */
@JsonClassDescription("One collection method an SDK entry states (收集方式), classified and in its own words.")
public record CollectionMethod(
        @JsonPropertyDescription("The method, classified.")
        @JsonProperty(required = true) CollectionMethodKind kind,
        @JsonPropertyDescription("The method in the SDK entry's own words.")
        @JsonProperty(required = true) @Valid Text label) {
    public CollectionMethod {
        Checks.required(kind, "kind");
        Checks.required(label, "label");
    }
}
