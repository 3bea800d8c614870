package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import java.util.List;

/** How the policy changes (PIPL Art. 14 para. 2, 17 para. 2). */
@JsonClassDescription("How the policy changes, PIPL Art. 14 para. 2 and Art. 17 para. 2.")
public record ChangePolicy(
        @JsonPropertyDescription("What counts as a material change (重大变更).")
        List<@Valid MaterialChange> materialChanges,
        @JsonPropertyDescription("How material changes are announced.")
        List<@Valid Text> notification,
        @JsonPropertyDescription("Whether material changes need fresh consent.")
        boolean reconsent,
        @JsonPropertyDescription("The contact point to turn to when one disagrees with a change.")
        ContactId objection,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public ChangePolicy {
        materialChanges = Checks.list(materialChanges, "materialChanges");
        notification = Checks.list(notification, "notification");
        Checks.required(source, "source");
    }
}
