package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * A group of data items collected together, as the policy lists them.
 *
 * @param categories the items, as taxonomy keys (at least one)
 * @param label      the group's name as the policy gives it, e.g. "设备标识符"
 * @param necessity  required or optional for the scenario; absent where the policy does not say
 * @param purposes   purposes specific to this group; empty means the owner's purposes
 * @param source     where this group is stated, when it differs from the owner's section
 */
public record DataCollection(
        @JsonProperty(required = true) @NotEmpty List<CategoryKey> categories,
        @Valid Text label,
        Necessity necessity,
        List<PurposeKey> purposes,
        Section source) {
    public DataCollection {
        categories = Checks.nonEmpty(categories, "categories");
        purposes = Checks.list(purposes, "purposes");
    }
}
