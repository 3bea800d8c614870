package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.util.List;

/**
 * What happens when the controller stops operating (GB/T 35273-2020 §6.4).
 *
 * @param notice          how individuals are told
 * @param stopsCollection whether collection stops at once
 * @param action          what happens to the data
 */
public record Cessation(
        List<@Valid Text> notice,
        boolean stopsCollection,
        ExpiryAction action,
        @JsonProperty(required = true) Section source) {
    public Cessation {
        notice = Checks.list(notice, "notice");
        Checks.required(source, "source");
    }
}
