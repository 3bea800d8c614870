package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A postal address as written, with its normalised form and region. */
@JsonClassDescription("A postal address as written, with its normalised form and region.")
public record Address(
        @JsonPropertyDescription("The address exactly as the policy writes it.")
        @JsonProperty(required = true) @NotBlank String raw,
        @JsonPropertyDescription("The same address with spacing and punctuation normalised, when it differs.")
        String normalised,
        @JsonPropertyDescription("ISO 3166-2 code of the province, e.g. CN-SX.")
        @Pattern(regexp = "[A-Z]{2}(-[A-Z0-9]{1,3})?") String region,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public Address {
        Checks.required(raw, "raw");
        Checks.required(source, "source");
    }
}
