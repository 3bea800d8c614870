package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.util.List;

/**
 * What the controller does after a security incident (PIPL Art. 57).
 *
 * @param tells              what the notice to individuals contains
 * @param channels           how individuals are told
 * @param reportsToRegulator whether the regulator is told
 */
public record IncidentResponse(
        List<@Valid Text> tells,
        List<@Valid Text> channels,
        boolean reportsToRegulator,
        @JsonProperty(required = true) Section source) {
    public IncidentResponse {
        tells = Checks.list(tells, "tells");
        channels = Checks.list(channels, "channels");
        Checks.required(source, "source");
    }
}
