package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Silences one lint rule for this policy, or for one object in it. A reason is required. */
@JsonClassDescription("Silences one lint rule for this policy, or for one object in it; a reason is required.")
public record Suppression(
        @JsonPropertyDescription("The rule id, e.g. PIPL-52.")
        @JsonProperty(required = true) @NotBlank String rule,
        @JsonPropertyDescription("The id of the object it applies to; absent means the whole policy.")
        String target,
        @JsonPropertyDescription("Why the finding does not apply.")
        @JsonProperty(required = true) @NotBlank @Size(min = 10) String reason) {
    public Suppression {
        Checks.required(rule, "rule");
        Checks.required(reason, "reason");
    }
}
