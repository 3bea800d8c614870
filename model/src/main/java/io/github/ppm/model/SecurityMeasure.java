package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;

/** A technical or organisational protection measure the policy states (PIPL Art. 51). */
public record SecurityMeasure(
        @JsonProperty(required = true) MeasureId id,
        @JsonProperty(required = true) MeasureKey kind,
        @JsonProperty(required = true) @Valid Text label,
        @JsonProperty(required = true) Section source) {
    public SecurityMeasure {
        Checks.required(id, "id");
        Checks.required(kind, "kind");
        Checks.required(label, "label");
        Checks.required(source, "source");
    }
}
