package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A short text shown to people, in Chinese and English. Both are required: every label ppm
 * prints exists in both languages.
 */
@JsonClassDescription("A short text shown to people, in Chinese and English; both are required.")
public record Text(
        @JsonPropertyDescription("The text in Chinese.")
        @JsonProperty(required = true) @NotBlank @Size(max = 2000) String zh,
        @JsonPropertyDescription("The text in English.")
        @JsonProperty(required = true) @NotBlank @Size(max = 2000) String en) {
    public Text {
        Checks.required(zh, "zh");
        Checks.required(en, "en");
    }

    /** The text in {@code lang} ({@code zh} or {@code en}); Chinese for anything else. */
    public String in(String lang) {
        return "en".equals(lang) ? en : zh;
    }
}
