package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** A group of data items collected together, as the policy lists them. */
@JsonClassDescription("A group of data items collected together, as the policy lists them.")
public record DataCollection(
        @JsonPropertyDescription("The items, as taxonomy keys (at least one).")
        @JsonProperty(required = true) @NotEmpty List<CategoryKey> categories,
        @JsonPropertyDescription("The group's name as the policy gives it, e.g. 设备标识符.")
        @Valid Text label,
        @JsonPropertyDescription("Required or optional for the scenario; absent where the policy does not say.")
        Necessity necessity,
        @JsonPropertyDescription("Purposes specific to this group; empty means the owner's purposes.")
        List<PurposeKey> purposes,
        @JsonPropertyDescription("Where this group is stated, when it differs from the owner's section.")
        Section source) {
    public DataCollection {
        categories = Checks.nonEmpty(categories, "categories");
        purposes = Checks.list(purposes, "purposes");
    }
}
