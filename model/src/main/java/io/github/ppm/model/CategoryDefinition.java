package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;

/**
 * A data category a policy adds under the built-in taxonomy, for an item the taxonomy lacks.
 * Its parent (the key without its last segment) must exist.
 *
 * @param sensitive      sensitive personal information under PIPL Art. 28
 * @param sensitiveBasis why it is sensitive; required when {@code sensitive}
 */
public record CategoryDefinition(
        @JsonProperty(required = true) CategoryKey key,
        @JsonProperty(required = true) @Valid Text label,
        boolean sensitive,
        @Valid Text sensitiveBasis,
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
