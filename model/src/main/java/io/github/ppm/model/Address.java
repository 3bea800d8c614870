package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A postal address as written, with its normalised form and region.
 *
 * @param raw        the address exactly as the policy writes it
 * @param normalised the same address with spacing and punctuation normalised, when it differs
 * @param region     ISO 3166-2 code of the province, e.g. {@code CN-SX}
 * @param source     where the policy states it
 */
public record Address(
        @JsonProperty(required = true) @NotBlank String raw,
        String normalised,
        @Pattern(regexp = "[A-Z]{2}(-[A-Z0-9]{1,3})?") String region,
        @JsonProperty(required = true) Section source) {
    public Address {
        Checks.required(raw, "raw");
        Checks.required(source, "source");
    }
}
