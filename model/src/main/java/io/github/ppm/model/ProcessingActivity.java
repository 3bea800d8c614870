package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.util.List;

/**
 * A business scenario (业务场景): one processing activity with the data it collects, why, on
 * what basis, from where, and what refusing costs the user.
 *
 * @param parent     the scenario this one is a step or variant of
 * @param collectsFrom scenarios whose data this one also collects, where the policy says so by reference
 * @param refusal    the consequence of refusing to provide the data
 * @param permissions system permissions the scenario uses
 * @param sdks       SDKs the scenario uses
 */
public record ProcessingActivity(
        @JsonProperty(required = true) ActivityId id,
        @JsonProperty(required = true) @Valid Text label,
        ActivityId parent,
        List<@Valid DataCollection> collects,
        List<PurposeKey> purposes,
        List<LegalBasis> legalBases,
        List<@Valid DataSource> sources,
        List<ActivityId> collectsFrom,
        List<PermissionId> permissions,
        List<SdkId> sdks,
        @Valid Text refusal,
        @Valid AutomatedDecision automatedDecision,
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
