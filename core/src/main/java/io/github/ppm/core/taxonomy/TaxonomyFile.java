package io.github.ppm.core.taxonomy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/** The shape of a {@code schemas/taxonomy/*.yaml} file. */
public record TaxonomyFile(
        @JsonProperty(required = true) String taxonomy,
        @JsonProperty(required = true) List<TaxonomyEntry> entries) {
    public TaxonomyFile {
        Objects.requireNonNull(taxonomy, "taxonomy");
        entries = List.copyOf(entries);
    }
}
