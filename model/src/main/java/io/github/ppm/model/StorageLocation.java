package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

/**
 * Where data is stored and processed.
 *
 * @param region      ISO 3166 code, e.g. {@code CN}
 * @param crossBorder whether data leaves that region
 */
public record StorageLocation(
        @JsonProperty(required = true) @Pattern(regexp = "[A-Z]{2}(-[A-Z0-9]{1,3})?") String region,
        boolean crossBorder,
        @JsonProperty(required = true) @Valid Text label,
        @JsonProperty(required = true) Section source) {
    public StorageLocation {
        Checks.required(region, "region");
        Checks.required(label, "label");
        Checks.required(source, "source");
    }
}
