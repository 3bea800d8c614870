package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

/**
 * An organisation, or a class of organisations, that the policy names as a source or recipient
 * of data: an SDK provider, a credit bureau, "banks", "debt-collection agencies".
 */
@JsonClassDescription("An organisation, or a class of organisations, that the policy names as a source or recipient of data.")
public record Party(
        @JsonPropertyDescription("The party's id, unique in the policy.")
        @JsonProperty(required = true) PartyId id,
        @JsonPropertyDescription("The kind of party, from the taxonomy.")
        @JsonProperty(required = true) PartyKindKey kind,
        @JsonPropertyDescription("The party's name in both languages.")
        @JsonProperty(required = true) @Valid Text label,
        @JsonPropertyDescription("The registered name exactly as written, for a named organisation; absent for a class.")
        String legalName,
        @JsonPropertyDescription("A web address the policy gives for it, when any.")
        @Pattern(regexp = Checks.URL) String url,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public Party {
        Checks.required(id, "id");
        Checks.required(kind, "kind");
        Checks.required(label, "label");
        Checks.required(source, "source");
    }
}
