package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.util.List;

/**
 * A system permission the app asks for (系统权限), with the data it reaches and why.
 *
 * @param key       the permission in the taxonomy
 * @param platforms platforms it is asked on; empty means all
 * @param variants  what it is on a given platform when that differs
 * @param refusal   the consequence of refusing it
 */
public record Permission(
        @JsonProperty(required = true) PermissionId id,
        @JsonProperty(required = true) PermissionKey key,
        @JsonProperty(required = true) @Valid Text label,
        List<Platform> platforms,
        List<@Valid PermissionVariant> variants,
        List<CategoryKey> data,
        List<PurposeKey> purposes,
        @Valid Text refusal,
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
