package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/**
 * A law or regulation a policy cites.
 *
 * @param title   the title as cited, e.g. 《中华人民共和国反洗钱法》
 * @param article the article, when cited
 */
public record LawReference(@JsonProperty(required = true) @NotBlank String title, String article) {
    public LawReference {
        Checks.required(title, "title");
    }
}
