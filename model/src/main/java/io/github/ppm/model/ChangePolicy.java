package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.util.List;

/**
 * How the policy changes (PIPL Art. 14 para. 2, 17 para. 2).
 *
 * @param materialChanges what counts as a material change
 * @param notification    how material changes are announced
 * @param reconsent       whether material changes need fresh consent
 * @param objection       where to turn when one disagrees with a change
 */
public record ChangePolicy(
        List<@Valid MaterialChange> materialChanges,
        List<@Valid Text> notification,
        boolean reconsent,
        ContactId objection,
        @JsonProperty(required = true) Section source) {
    public ChangePolicy {
        materialChanges = Checks.list(materialChanges, "materialChanges");
        notification = Checks.list(notification, "notification");
        Checks.required(source, "source");
    }
}
