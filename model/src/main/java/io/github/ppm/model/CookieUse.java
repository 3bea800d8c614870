package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import java.util.List;

/** Use of cookies and similar storage on the user's device. */
@JsonClassDescription("Use of cookies and similar storage on the user's device.")
public record CookieUse(
        @JsonPropertyDescription("The use in short words.")
        @JsonProperty(required = true) @Valid Text label,
        @JsonPropertyDescription("What the cookies hold.")
        List<CategoryKey> data,
        @JsonPropertyDescription("Why they are used.")
        List<PurposeKey> purposes,
        @JsonPropertyDescription("How the user can manage or delete them.")
        @Valid Text management,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public CookieUse {
        Checks.required(label, "label");
        data = Checks.list(data, "data");
        purposes = Checks.list(purposes, "purposes");
        Checks.required(source, "source");
    }
}
