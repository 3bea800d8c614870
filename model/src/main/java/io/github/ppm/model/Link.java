package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

/** A web address printed in the policy outside an SDK's privacy-policy field. */
@JsonClassDescription("A web address printed in the policy outside an SDK's privacy-policy field.")
public record Link(
        @JsonPropertyDescription("The web address.")
        @JsonProperty(required = true) @Pattern(regexp = Checks.URL) String url,
        @JsonPropertyDescription("The party it belongs to; absent when it belongs to none (a stray link).")
        PartyId owner,
        @JsonPropertyDescription("What the link is, in the policy's words.")
        @Valid Text label,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public Link {
        Checks.required(url, "url");
        Checks.required(source, "source");
    }
}
