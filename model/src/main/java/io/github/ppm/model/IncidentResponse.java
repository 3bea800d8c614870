package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import java.util.List;

/** What the controller does after a security incident (PIPL Art. 57). */
@JsonClassDescription("What the controller does after a security incident (安全事件), PIPL Art. 57.")
public record IncidentResponse(
        @JsonPropertyDescription("What the notice to individuals contains.")
        List<@Valid Text> tells,
        @JsonPropertyDescription("How individuals are told.")
        List<@Valid Text> channels,
        @JsonPropertyDescription("Whether the regulator is told.")
        boolean reportsToRegulator,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public IncidentResponse {
        tells = Checks.list(tells, "tells");
        channels = Checks.list(channels, "channels");
        Checks.required(source, "source");
    }
}
