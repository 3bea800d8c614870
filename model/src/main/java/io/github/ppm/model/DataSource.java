package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import java.util.List;

/** Where a scenario's data comes from. */
@JsonClassDescription("Where a scenario's data comes from.")
public record DataSource(
        @JsonPropertyDescription("Where the data comes from.")
        @JsonProperty(required = true) DataSourceKind kind,
        @JsonPropertyDescription("The third parties it comes from, for THIRD_PARTY.")
        List<PartyId> parties,
        @JsonPropertyDescription("The source in the policy's words.")
        @Valid Text label) {
    public DataSource {
        Checks.required(kind, "kind");
        parties = Checks.list(parties, "parties");
    }
}
