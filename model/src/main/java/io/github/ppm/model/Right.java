package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.time.Period;
import java.util.List;

/**
 * A right of the individual and how to exercise it.
 *
 * @param channels   where and how
 * @param conditions conditions and limits the policy sets
 * @param timeLimit  the promised response time, when stated
 */
public record Right(
        @JsonProperty(required = true) RightId id,
        @JsonProperty(required = true) RightKind kind,
        @JsonProperty(required = true) @Valid Text label,
        List<@Valid Channel> channels,
        List<@Valid Text> conditions,
        Period timeLimit,
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
