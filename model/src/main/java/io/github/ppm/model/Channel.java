package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;

/** A way to exercise a right. */
@JsonClassDescription("A way to exercise a right.")
public record Channel(
        @JsonPropertyDescription("The kind of channel.")
        @JsonProperty(required = true) ChannelKind kind,
        @JsonPropertyDescription("The in-app path, number or address, as written.")
        String value,
        @JsonPropertyDescription("The controller's contact point it uses.")
        ContactId contact,
        @JsonPropertyDescription("The channel in the policy's words.")
        @Valid Text label) {
    public Channel {
        Checks.required(kind, "kind");
    }
}
