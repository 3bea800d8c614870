package io.github.ppm.core.taxonomy;

import java.util.Objects;

/**
 * One entry a search found.
 *
 * @param taxonomy the taxonomy it belongs to, e.g. {@code data-category}
 * @param entry    the entry
 * @param match    how the term met it
 * @param field    which of the entry's names it met
 * @param matched  that name, as the taxonomy writes it
 */
public record SearchHit(String taxonomy, TaxonomyEntry entry, MatchKind match, Field field, String matched) {
    /** The names of an entry a term is compared with. */
    public enum Field {
        KEY, LABEL, ALIAS, ANDROID, IOS
    }

    public SearchHit {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(matched, "matched");
    }
}
