package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.util.List;

/**
 * Use of cookies and similar storage on the user's device.
 *
 * @param data       what the cookies hold
 * @param management how the user can manage or delete them
 */
public record CookieUse(
        @JsonProperty(required = true) @Valid Text label,
        List<CategoryKey> data,
        List<PurposeKey> purposes,
        @Valid Text management,
        @JsonProperty(required = true) Section source) {
    public CookieUse {
        Checks.required(label, "label");
        data = Checks.list(data, "data");
        purposes = Checks.list(purposes, "purposes");
        Checks.required(source, "source");
    }
}
