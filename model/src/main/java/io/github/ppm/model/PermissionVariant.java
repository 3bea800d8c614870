package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;

/** What a permission is called or does on one platform, e.g. storage is "photos" on iOS. */
public record PermissionVariant(
        @JsonProperty(required = true) Platform platform,
        @JsonProperty(required = true) PermissionKey key,
        @JsonProperty(required = true) @Valid Text label) {
    public PermissionVariant {
        Checks.required(platform, "platform");
        Checks.required(key, "key");
        Checks.required(label, "label");
    }
}
