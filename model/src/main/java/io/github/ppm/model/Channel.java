package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;

/**
 * A way to exercise a right.
 *
 * @param value   the in-app path, number or address, as written
 * @param contact the controller's contact point it uses
 */
public record Channel(
        @JsonProperty(required = true) ChannelKind kind,
        String value,
        ContactId contact,
        @Valid Text label) {
    public Channel {
        Checks.required(kind, "kind");
    }
}
