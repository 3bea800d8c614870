package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Silences one lint rule for this policy, or for one object in it. A reason is required.
 *
 * @param rule   the rule id, e.g. {@code PIPL-52}
 * @param target the id of the object it applies to; absent means the whole policy
 * @param reason why the finding does not apply
 */
public record Suppression(
        @JsonProperty(required = true) @NotBlank String rule,
        String target,
        @JsonProperty(required = true) @NotBlank @Size(min = 10) String reason) {
    public Suppression {
        Checks.required(rule, "rule");
        Checks.required(reason, "reason");
    }
}
