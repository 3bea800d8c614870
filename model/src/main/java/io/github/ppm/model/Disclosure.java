package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import java.util.List;

/**
 * Personal information leaving the controller: shared with, transferred to, publicly disclosed,
 * or entrusted to a processor.
 */
@JsonClassDescription("Personal information leaving the controller: shared with, transferred to, publicly disclosed, or entrusted to a processor.")
public record Disclosure(
        @JsonPropertyDescription("The disclosure's id, unique in the policy.")
        @JsonProperty(required = true) DisclosureId id,
        @JsonPropertyDescription("How the data leaves the controller.")
        @JsonProperty(required = true) DisclosureKind kind,
        @JsonPropertyDescription("The disclosure in short words.")
        @JsonProperty(required = true) @Valid Text label,
        @JsonPropertyDescription("Who receives the data.")
        List<PartyId> recipients,
        @JsonPropertyDescription("The data categories disclosed.")
        List<CategoryKey> data,
        @JsonPropertyDescription("Why the data is disclosed.")
        List<PurposeKey> purposes,
        @JsonPropertyDescription("The scenarios whose data this disclosure carries.")
        List<ActivityId> activities,
        @JsonPropertyDescription("When it happens.")
        @Valid Text conditions,
        @JsonPropertyDescription("The consent it rests on, when the policy says.")
        ConsentType consent,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public Disclosure {
        Checks.required(id, "id");
        Checks.required(kind, "kind");
        Checks.required(label, "label");
        recipients = Checks.list(recipients, "recipients");
        data = Checks.list(data, "data");
        purposes = Checks.list(purposes, "purposes");
        activities = Checks.list(activities, "activities");
        Checks.required(source, "source");
    }
}
