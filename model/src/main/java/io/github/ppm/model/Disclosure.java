package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.util.List;

/**
 * Personal information leaving the controller: shared with, transferred to, publicly disclosed,
 * or entrusted to a processor.
 *
 * @param activities the scenarios whose data this disclosure carries
 * @param conditions when it happens
 * @param consent    the consent it rests on, when the policy says
 */
public record Disclosure(
        @JsonProperty(required = true) DisclosureId id,
        @JsonProperty(required = true) DisclosureKind kind,
        @JsonProperty(required = true) @Valid Text label,
        List<PartyId> recipients,
        List<CategoryKey> data,
        List<PurposeKey> purposes,
        List<ActivityId> activities,
        @Valid Text conditions,
        ConsentType consent,
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
