package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;

/**
 * A data category a policy adds under the built-in taxonomy, for an item the taxonomy lacks.
 * Its parent (the key without its last segment) must exist.
 */
@JsonClassDescription("A data category the policy adds under the built-in taxonomy, for an item the taxonomy lacks.")
public record CategoryDefinition(
        @JsonPropertyDescription("The new category's dotted key; its parent (the key without its last segment) must exist.")
        @JsonProperty(required = true) CategoryKey key,
        @JsonPropertyDescription("The category's name.")
        @JsonProperty(required = true) @Valid Text label,
        @JsonPropertyDescription("Whether it is sensitive personal information (敏感个人信息) under PIPL Art. 28.")
        boolean sensitive,
        @JsonPropertyDescription("Why it is sensitive; required when sensitive is true.")
        @Valid Text sensitiveBasis,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public CategoryDefinition {
        Checks.required(key, "key");
        Checks.required(label, "label");
        Checks.required(source, "source");
        if (sensitive && sensitiveBasis == null) {
            throw new InvalidValueException(InvalidValueException.Problem.REQUIRED_BY, "sensitiveBasis", "sensitive",
                    "`sensitiveBasis` is required when `sensitive` is true");
        }
    }
}
