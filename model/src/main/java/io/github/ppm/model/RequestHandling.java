package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.time.Period;
import java.util.List;

/**
 * How requests to exercise rights are handled (PIPL Art. 50).
 *
 * @param verifiesIdentity whether identity is checked first
 * @param fee              what is charged, when stated
 * @param refusals         cases where a request may be refused
 * @param responseTime     the promised response time, when stated
 */
public record RequestHandling(
        boolean verifiesIdentity,
        @Valid Text fee,
        List<@Valid Text> refusals,
        Period responseTime,
        @JsonProperty(required = true) Section source) {
    public RequestHandling {
        refusals = Checks.list(refusals, "refusals");
        Checks.required(source, "source");
    }
}
