package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

/**
 * The published document the policy data was taken from.
 *
 * @param title  the document's title
 * @param url    where it is published, when known
 * @param sha256 hex SHA-256 of the text the encoding was made from, when known
 */
public record SourceDocument(
        @JsonProperty(required = true) @Valid Text title,
        @Pattern(regexp = "https?://\\S+") String url,
        @Pattern(regexp = "[0-9a-f]{64}") String sha256) {
    public SourceDocument {
        Checks.required(title, "title");
    }
}
