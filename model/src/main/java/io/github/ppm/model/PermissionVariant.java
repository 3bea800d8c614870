package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;

/** What a permission is called or does on one platform, e.g. storage is "photos" on iOS. */
@JsonClassDescription("What a permission is called or does on one platform, e.g. storage is \"photos\" on iOS.")
public record PermissionVariant(
        @JsonPropertyDescription("The platform.")
        @JsonProperty(required = true) Platform platform,
        @JsonPropertyDescription("The permission on that platform, in the taxonomy.")
        @JsonProperty(required = true) PermissionKey key,
        @JsonPropertyDescription("Its name on that platform.")
        @JsonProperty(required = true) @Valid Text label) {
    public PermissionVariant {
        Checks.required(platform, "platform");
        Checks.required(key, "key");
        Checks.required(label, "label");
    }
}
