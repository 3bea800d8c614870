package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;

/** A technical or organisational protection measure the policy states (PIPL Art. 51). */
@JsonClassDescription("A technical or organisational protection measure (安全措施) the policy states, PIPL Art. 51.")
public record SecurityMeasure(
        @JsonPropertyDescription("The measure's id, unique in the policy.")
        @JsonProperty(required = true) MeasureId id,
        @JsonPropertyDescription("The kind of measure, from the taxonomy.")
        @JsonProperty(required = true) MeasureKey kind,
        @JsonPropertyDescription("The measure in the policy's words.")
        @JsonProperty(required = true) @Valid Text label,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public SecurityMeasure {
        Checks.required(id, "id");
        Checks.required(kind, "kind");
        Checks.required(label, "label");
        Checks.required(source, "source");
    }
}
