package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

/**
 * A web address printed in the policy outside an SDK's privacy-policy field.
 *
 * @param owner the party it belongs to; absent when it belongs to none (a stray link)
 */
public record Link(
        @JsonProperty(required = true) @Pattern(regexp = "https?://\\S+") String url,
        PartyId owner,
        @Valid Text label,
        @JsonProperty(required = true) Section source) {
    public Link {
        Checks.required(url, "url");
        Checks.required(source, "source");
    }
}
