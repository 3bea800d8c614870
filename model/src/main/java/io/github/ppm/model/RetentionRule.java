package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.time.Period;
import java.util.List;

/**
 * How long data is kept and what happens after.
 *
 * @param data        the categories it covers; empty means all personal information
 * @param purposes    what the kept data may be used for, when the policy says
 * @param minimum     the shortest period, e.g. P5Y for "no less than five years"
 * @param maximum     the longest period
 * @param criteria    how the period is decided when no number is given
 * @param triggers    events that end it
 * @param action      what happens at the end
 * @param laws        the laws it rests on
 * @param exceptionTo the general rule this one makes an exception to
 * @param holder      who keeps the data, when not the controller (an SDK provider)
 */
public record RetentionRule(
        @JsonProperty(required = true) RetentionRuleId id,
        @JsonProperty(required = true) @Valid Text label,
        List<CategoryKey> data,
        List<PurposeKey> purposes,
        Period minimum,
        Period maximum,
        List<@Valid Text> criteria,
        List<RetentionTrigger> triggers,
        ExpiryAction action,
        List<@Valid LawReference> laws,
        RetentionRuleId exceptionTo,
        PartyId holder,
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
