package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import java.util.List;

/** A system permission the app asks for (系统权限), with the data it reaches and why. */
@JsonClassDescription("A system permission the app asks for (系统权限), with the data it reaches and why.")
public record Permission(
        @JsonPropertyDescription("The permission entry's id, unique in the policy.")
        @JsonProperty(required = true) PermissionId id,
        @JsonPropertyDescription("The permission in the taxonomy.")
        @JsonProperty(required = true) PermissionKey key,
        @JsonPropertyDescription("The permission as the policy names it.")
        @JsonProperty(required = true) @Valid Text label,
        @JsonPropertyDescription("Platforms it is asked on; empty means all.")
        List<Platform> platforms,
        @JsonPropertyDescription("What it is on a given platform when that differs.")
        List<@Valid PermissionVariant> variants,
        @JsonPropertyDescription("The data categories it reaches.")
        List<CategoryKey> data,
        @JsonPropertyDescription("Why it is asked for.")
        List<PurposeKey> purposes,
        @JsonPropertyDescription("The consequence of refusing it.")
        @Valid Text refusal,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public Permission {
        Checks.required(id, "id");
        Checks.required(key, "key");
        Checks.required(label, "label");
        platforms = Checks.list(platforms, "platforms");
        variants = Checks.list(variants, "variants");
        data = Checks.list(data, "data");
        purposes = Checks.list(purposes, "purposes");
        Checks.required(source, "source");
    }
}
