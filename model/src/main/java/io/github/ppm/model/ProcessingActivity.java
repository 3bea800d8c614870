package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import java.util.List;

/**
 * A business scenario (业务场景): one processing activity with the data it collects, why, on
 * what basis, from where, and what refusing costs the user.
 */
@JsonClassDescription("A business scenario (业务场景): one processing activity with the data it collects, why, on what basis, from where, and what refusing costs the user.")
public record ProcessingActivity(
        @JsonPropertyDescription("The scenario's id, unique in the policy.")
        @JsonProperty(required = true) ActivityId id,
        @JsonPropertyDescription("The scenario's name.")
        @JsonProperty(required = true) @Valid Text label,
        @JsonPropertyDescription("The scenario this one is a step or variant of.")
        ActivityId parent,
        @JsonPropertyDescription("The data it collects, in groups as the policy lists them.")
        List<@Valid DataCollection> collects,
        @JsonPropertyDescription("Why it processes the data.")
        List<PurposeKey> purposes,
        @JsonPropertyDescription("The legal bases it rests on.")
        List<LegalBasis> legalBases,
        @JsonPropertyDescription("Where its data comes from.")
        List<@Valid DataSource> sources,
        @JsonPropertyDescription("Scenarios whose data this one also collects, where the policy says so by reference.")
        List<ActivityId> collectsFrom,
        @JsonPropertyDescription("System permissions the scenario uses.")
        List<PermissionId> permissions,
        @JsonPropertyDescription("SDKs the scenario uses.")
        List<SdkId> sdks,
        @JsonPropertyDescription("The consequence of refusing to provide the data.")
        @Valid Text refusal,
        @JsonPropertyDescription("Automated decision-making in the scenario, if any.")
        @Valid AutomatedDecision automatedDecision,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public ProcessingActivity {
        Checks.required(id, "id");
        Checks.required(label, "label");
        collects = Checks.list(collects, "collects");
        purposes = Checks.list(purposes, "purposes");
        legalBases = Checks.list(legalBases, "legalBases");
        sources = Checks.list(sources, "sources");
        collectsFrom = Checks.list(collectsFrom, "collectsFrom");
        permissions = Checks.list(permissions, "permissions");
        sdks = Checks.list(sdks, "sdks");
        Checks.required(source, "source");
    }

    /** Every data category this scenario collects, in order, each once. */
    public List<CategoryKey> categories() {
        return collects.stream().flatMap(c -> c.categories().stream()).distinct().toList();
    }
}
