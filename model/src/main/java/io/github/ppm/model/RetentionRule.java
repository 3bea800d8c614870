package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import java.time.Period;
import java.util.List;

/** How long data is kept and what happens after. */
@JsonClassDescription("How long data is kept (存储期限) and what happens after.")
public record RetentionRule(
        @JsonPropertyDescription("The rule's id, unique in the policy.")
        @JsonProperty(required = true) RetentionRuleId id,
        @JsonPropertyDescription("The rule in short words.")
        @JsonProperty(required = true) @Valid Text label,
        @JsonPropertyDescription("The categories it covers; empty means all personal information.")
        List<CategoryKey> data,
        @JsonPropertyDescription("What the kept data may be used for, when the policy says.")
        List<PurposeKey> purposes,
        @JsonPropertyDescription("The shortest period as an ISO 8601 period, e.g. P5Y for \"no less than five years\".")
        Period minimum,
        @JsonPropertyDescription("The longest period as an ISO 8601 period.")
        Period maximum,
        @JsonPropertyDescription("How the period is decided when no number is given.")
        List<@Valid Text> criteria,
        @JsonPropertyDescription("Events that end it.")
        List<RetentionTrigger> triggers,
        @JsonPropertyDescription("What happens at the end.")
        ExpiryAction action,
        @JsonPropertyDescription("The laws it rests on.")
        List<@Valid LawReference> laws,
        @JsonPropertyDescription("The general rule this one makes an exception to.")
        RetentionRuleId exceptionTo,
        @JsonPropertyDescription("Who keeps the data, when not the controller (an SDK provider).")
        PartyId holder,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public RetentionRule {
        Checks.required(id, "id");
        Checks.required(label, "label");
        data = Checks.list(data, "data");
        purposes = Checks.list(purposes, "purposes");
        criteria = Checks.list(criteria, "criteria");
        triggers = Checks.list(triggers, "triggers");
        laws = Checks.list(laws, "laws");
        Checks.required(source, "source");
    }
}
