package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;

/** A law or regulation a policy cites. */
@JsonClassDescription("A law or regulation the policy cites.")
public record LawReference(
        @JsonPropertyDescription("The title as cited, e.g. 《中华人民共和国反洗钱法》.")
        @JsonProperty(required = true) @NotBlank String title,
        @JsonPropertyDescription("The article, when cited.")
        String article) {
    public LawReference {
        Checks.required(title, "title");
    }
}
