package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import java.time.Period;
import java.util.List;

/** How requests to exercise rights are handled (PIPL Art. 50). */
@JsonClassDescription("How requests to exercise rights are handled, PIPL Art. 50.")
public record RequestHandling(
        @JsonPropertyDescription("Whether identity is checked first.")
        boolean verifiesIdentity,
        @JsonPropertyDescription("What is charged, when stated.")
        @Valid Text fee,
        @JsonPropertyDescription("Cases where a request may be refused.")
        List<@Valid Text> refusals,
        @JsonPropertyDescription("The promised response time as an ISO 8601 period, e.g. P15D, when stated.")
        Period responseTime,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public RequestHandling {
        refusals = Checks.list(refusals, "refusals");
        Checks.required(source, "source");
    }
}
