package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;

/** One collection method an SDK entry states (收集方式), classified and in its own words. */
public record CollectionMethod(
        @JsonProperty(required = true) CollectionMethodKind kind,
        @JsonProperty(required = true) @Valid Text label) {
    public CollectionMethod {
        Checks.required(kind, "kind");
        Checks.required(label, "label");
    }
}
