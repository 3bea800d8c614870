package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

/**
 * An organisation, or a class of organisations, that the policy names as a source or recipient
 * of data: an SDK provider, a credit bureau, "banks", "debt-collection agencies".
 *
 * @param legalName the registered name exactly as written, for a named organisation; absent for a class
 * @param url       a web address the policy gives for it, when any
 */
public record Party(
        @JsonProperty(required = true) PartyId id,
        @JsonProperty(required = true) PartyKindKey kind,
        @JsonProperty(required = true) @Valid Text label,
        String legalName,
        @Pattern(regexp = "https?://\\S+") String url,
        @JsonProperty(required = true) Section source) {
    public Party {
        Checks.required(id, "id");
        Checks.required(kind, "kind");
        Checks.required(label, "label");
        Checks.required(source, "source");
    }
}
