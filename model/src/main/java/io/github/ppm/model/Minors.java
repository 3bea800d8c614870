package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The policy's rules for minors (PIPL Art. 28, 31). */
@JsonClassDescription("The policy's rules for minors (未成年人), PIPL Art. 28 and 31.")
public record Minors(
        @JsonPropertyDescription("The age from which the service is offered, when stated.")
        @Min(0) @Max(30) Integer minimumServiceAge,
        @JsonPropertyDescription("The age below which a person is a child (儿童), when stated.")
        @Min(0) @Max(30) Integer childAge,
        @JsonPropertyDescription("The rule for data of minors collected with a guardian's consent (监护人同意).")
        @Valid Text guardianConsent,
        @JsonPropertyDescription("What happens when a child's data is found collected without consent.")
        @Valid Text onDiscovery,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public Minors {
        Checks.required(source, "source");
    }
}
