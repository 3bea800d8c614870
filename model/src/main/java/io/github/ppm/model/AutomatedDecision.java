package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.util.List;

/**
 * Automated decision-making in a scenario (PIPL Art. 24, 73(2)).
 *
 * @param decides     what the decision fixes, e.g. credit limit, interest rate
 * @param logic       the models and factors the policy says the decision uses (PIPL Art. 24 transparency)
 * @param inputs      the data it uses
 * @param humanReview the contact point where a person reviews a decision on request
 */
public record AutomatedDecision(
        @JsonProperty(required = true) @Valid Text label,
        List<PurposeKey> purposes,
        List<@Valid Text> decides,
        List<@Valid Text> logic,
        List<CategoryKey> inputs,
        ContactId humanReview,
        @JsonProperty(required = true) Section source) {
    public AutomatedDecision {
        Checks.required(label, "label");
        purposes = Checks.list(purposes, "purposes");
        decides = Checks.list(decides, "decides");
        logic = Checks.list(logic, "logic");
        inputs = Checks.list(inputs, "inputs");
        Checks.required(source, "source");
    }
}
