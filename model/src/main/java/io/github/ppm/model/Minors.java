package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The policy's rules for minors (PIPL Art. 28, 31).
 *
 * @param minimumServiceAge the age from which the service is offered, when stated
 * @param childAge          the age below which a person is a child, when stated
 * @param guardianConsent   the rule for data of minors collected with a guardian's consent
 * @param onDiscovery       what happens when a child's data is found collected without consent
 */
public record Minors(
        @Min(0) @Max(30) Integer minimumServiceAge,
        @Min(0) @Max(30) Integer childAge,
        @Valid Text guardianConsent,
        @Valid Text onDiscovery,
        @JsonProperty(required = true) Section source) {
    public Minors {
        Checks.required(source, "source");
    }
}
