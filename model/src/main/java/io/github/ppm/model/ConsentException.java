package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;

/**
 * A case the policy says needs no consent (征得授权同意的例外), with the ground it states.
 *
 * @param note what the policy's wording adds to or changes in the ground, when anything
 */
public record ConsentException(
        @JsonProperty(required = true) ConsentExceptionId id,
        @JsonProperty(required = true) ExceptionScope scope,
        @JsonProperty(required = true) ExceptionGround ground,
        @JsonProperty(required = true) @Valid Text label,
        @Valid Text note,
        @JsonProperty(required = true) Section source) {
    public ConsentException {
        Checks.required(id, "id");
        Checks.required(scope, "scope");
        Checks.required(ground, "ground");
        Checks.required(label, "label");
        Checks.required(source, "source");
    }
}
