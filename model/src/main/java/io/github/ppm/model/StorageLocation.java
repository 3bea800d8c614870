package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

/** Where data is stored and processed. */
@JsonClassDescription("Where data is stored and processed (存储地点).")
public record StorageLocation(
        @JsonPropertyDescription("ISO 3166 code, e.g. CN.")
        @JsonProperty(required = true) @Pattern(regexp = "[A-Z]{2}(-[A-Z0-9]{1,3})?") String region,
        @JsonPropertyDescription("Whether data leaves that region (出境).")
        boolean crossBorder,
        @JsonPropertyDescription("The location in the policy's words.")
        @JsonProperty(required = true) @Valid Text label,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public StorageLocation {
        Checks.required(region, "region");
        Checks.required(label, "label");
        Checks.required(source, "source");
    }
}
