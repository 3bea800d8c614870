package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.util.List;

/**
 * Where a scenario's data comes from.
 *
 * @param parties the third parties it comes from, for {@link DataSourceKind#THIRD_PARTY}
 */
public record DataSource(
        @JsonProperty(required = true) DataSourceKind kind,
        List<PartyId> parties,
        @Valid Text label) {
    public DataSource {
        Checks.required(kind, "kind");
        parties = Checks.list(parties, "parties");
    }
}
