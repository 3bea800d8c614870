package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

/** The published document the policy data was taken from. */
@JsonClassDescription("The published document the policy data was taken from.")
public record SourceDocument(
        @JsonPropertyDescription("The document's title.")
        @JsonProperty(required = true) @Valid Text title,
        @JsonPropertyDescription("Where it is published, when known.")
        @Pattern(regexp = Checks.URL) String url,
        @JsonPropertyDescription("Hex SHA-256 of the text the encoding was made from, when known.")
        @Pattern(regexp = "[0-9a-f]{64}") String sha256) {
    public SourceDocument {
        Checks.required(title, "title");
    }
}
