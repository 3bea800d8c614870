package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import java.util.List;

/** What happens when the controller stops operating (GB/T 35273-2020 §6.4). */
@JsonClassDescription("What happens when the controller stops operating (停止运营), GB/T 35273-2020 §6.4.")
public record Cessation(
        @JsonPropertyDescription("How individuals are told.")
        List<@Valid Text> notice,
        @JsonPropertyDescription("Whether collection stops at once.")
        boolean stopsCollection,
        @JsonPropertyDescription("What happens to the data.")
        ExpiryAction action,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public Cessation {
        notice = Checks.list(notice, "notice");
        Checks.required(source, "source");
    }
}
