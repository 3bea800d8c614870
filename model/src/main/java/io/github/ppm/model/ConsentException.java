package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;

/** A case the policy says needs no consent (征得授权同意的例外), with the ground it states. */
@JsonClassDescription("A case the policy says needs no consent (征得授权同意的例外), with the ground it states.")
public record ConsentException(
        @JsonPropertyDescription("The exception's id, unique in the policy.")
        @JsonProperty(required = true) ConsentExceptionId id,
        @JsonPropertyDescription("Which processing the exception covers.")
        @JsonProperty(required = true) ExceptionScope scope,
        @JsonPropertyDescription("The ground the policy states.")
        @JsonProperty(required = true) ExceptionGround ground,
        @JsonPropertyDescription("The exception in short words.")
        @JsonProperty(required = true) @Valid Text label,
        @JsonPropertyDescription("What the policy's wording adds to or changes in the ground, when anything.")
        @Valid Text note,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public ConsentException {
        Checks.required(id, "id");
        Checks.required(scope, "scope");
        Checks.required(ground, "ground");
        Checks.required(label, "label");
        Checks.required(source, "source");
    }
}
