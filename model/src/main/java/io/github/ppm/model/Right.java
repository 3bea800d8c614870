package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import java.time.Period;
import java.util.List;

/** A right of the individual and how to exercise it. */
@JsonClassDescription("A right of the individual and how to exercise it.")
public record Right(
        @JsonPropertyDescription("The right entry's id, unique in the policy.")
        @JsonProperty(required = true) RightId id,
        @JsonPropertyDescription("The right, as PIPL names it.")
        @JsonProperty(required = true) RightKind kind,
        @JsonPropertyDescription("The right in the policy's words.")
        @JsonProperty(required = true) @Valid Text label,
        @JsonPropertyDescription("Where and how to exercise it.")
        List<@Valid Channel> channels,
        @JsonPropertyDescription("Conditions and limits the policy sets.")
        List<@Valid Text> conditions,
        @JsonPropertyDescription("The promised response time as an ISO 8601 period, e.g. P15D, when stated.")
        Period timeLimit,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public Right {
        Checks.required(id, "id");
        Checks.required(kind, "kind");
        Checks.required(label, "label");
        channels = Checks.list(channels, "channels");
        conditions = Checks.list(conditions, "conditions");
        Checks.required(source, "source");
    }
}
