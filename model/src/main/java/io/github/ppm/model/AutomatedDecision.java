package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import java.util.List;

/** Automated decision-making in a scenario (PIPL Art. 24, 73(2)). */
@JsonClassDescription("Automated decision-making (自动化决策) in a scenario, PIPL Art. 24 and 73(2).")
public record AutomatedDecision(
        @JsonPropertyDescription("The decision in short words.")
        @JsonProperty(required = true) @Valid Text label,
        @JsonPropertyDescription("The purposes the decision serves.")
        List<PurposeKey> purposes,
        @JsonPropertyDescription("What the decision fixes, e.g. credit limit, interest rate.")
        List<@Valid Text> decides,
        @JsonPropertyDescription("The models and factors the policy says the decision uses (PIPL Art. 24 transparency).")
        List<@Valid Text> logic,
        @JsonPropertyDescription("The data categories it uses.")
        List<CategoryKey> inputs,
        @JsonPropertyDescription("The contact point where a person reviews a decision on request.")
        ContactId humanReview,
        @JsonPropertyDescription(Section.AS_SOURCE)
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
