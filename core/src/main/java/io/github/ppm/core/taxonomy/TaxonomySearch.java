package io.github.ppm.core.taxonomy;

import io.github.ppm.core.diag.Suggestions;
import io.github.ppm.core.taxonomy.SearchHit.Field;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds taxonomy entries for the words a policy prints ({@code 设备识别码}, {@code IMEI}) or a key.
 * Terms and names are compared after {@link #normalise(String)}; results are ranked by
 * {@link MatchKind}, a longer name found in the term before a shorter one, then taxonomy order.
 */
public final class TaxonomySearch {
    /** Spaces, punctuation and symbols: policies and users write the same words with and without them. */
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{P}\\p{S}]+");
    private static final Pattern KEY_SEGMENTS = Pattern.compile("\\.");
    /** A one-character name (信, 号) would be found in almost every term. */
    private static final int SHORTEST_CONTAINED_NAME = 2;

    private TaxonomySearch() {
    }

    /**
     * The form terms are compared in: NFKC (full-width letters, digits and punctuation become
     * half-width), ASCII lower case, without spaces, punctuation and symbols.
     */
    public static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOISE.matcher(folded).replaceAll("");
    }

    /** The entries of {@code vocabularies} that {@code term} meets, best first; empty for a blank term. */
    public static List<SearchHit> search(List<Vocabulary> vocabularies, String term) {
        String query = normalise(term);
        if (query.isEmpty()) {
            return List.of();
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Vocabulary vocabulary : vocabularies) {
            for (TaxonomyEntry entry : vocabulary.entries()) {
                Ranked best = best(vocabulary.name(), entry, query, ranked.size());
                if (best != null) {
                    ranked.add(best);
                }
            }
        }
        return ranked.stream()
                .sorted(Comparator.comparing((Ranked r) -> r.hit.match())
                        .thenComparing(Comparator.comparingInt(Ranked::length).reversed())
                        .thenComparingInt(Ranked::order))
                .map(Ranked::hit)
                .toList();
    }

    /** The entry's strongest match for {@code query}, or null when it has none. */
    private static Ranked best(String taxonomy, TaxonomyEntry entry, String query, int order) {
        Ranked best = null;
        for (Name name : names(entry).toList()) {
            String n = normalise(name.text);
            Ranked candidate = null;
            if (n.equals(query)) {
                candidate = name.ranked(taxonomy, entry, MatchKind.EXACT, 0, order);
            } else if (name.field == Field.KEY) {
                continue; // a key is met whole or by its segments, below
            } else if (n.length() >= SHORTEST_CONTAINED_NAME && query.contains(n)) {
                candidate = name.ranked(taxonomy, entry, MatchKind.NAME_IN_TERM, n.length(), order);
            } else if (n.contains(query)) {
                candidate = name.ranked(taxonomy, entry, MatchKind.TERM_IN_NAME, 0, order);
            }
            if (candidate != null && (best == null || candidate.beats(best))) {
                best = candidate;
            }
        }
        if (best == null) {
            for (String segment : KEY_SEGMENTS.split(entry.key())) {
                if (normalise(segment).contains(query)) {
                    return new Name(Field.KEY, entry.key()).ranked(taxonomy, entry, MatchKind.KEY_SEGMENT, 0, order);
                }
            }
        }
        return best;
    }

    /** What an entry is called: its key, labels, aliases and permission names. */
    private static Stream<Name> names(TaxonomyEntry entry) {
        return Stream.of(
                Stream.of(new Name(Field.KEY, entry.key()), new Name(Field.LABEL, entry.label().zh()),
                        new Name(Field.LABEL, entry.label().en())),
                entry.aliases().stream().map(a -> new Name(Field.ALIAS, a)),
                entry.android().stream().map(a -> new Name(Field.ANDROID, a)),
                entry.ios().stream().map(i -> new Name(Field.IOS, i))).flatMap(s -> s);
    }

    /**
     * The key of the entry whose name is nearest to {@code term} by edit distance, for "did you
     * mean" when a search finds nothing.
     */
    public static Optional<String> nearestKey(List<Vocabulary> vocabularies, String term) {
        Map<String, String> keyByName = new LinkedHashMap<>();
        for (Vocabulary vocabulary : vocabularies) {
            for (TaxonomyEntry entry : vocabulary.entries()) {
                names(entry).forEach(name -> keyByName.putIfAbsent(normalise(name.text), entry.key()));
            }
        }
        return Suggestions.closest(normalise(term), keyByName.keySet()).map(keyByName::get);
    }

    private record Name(Field field, String text) {
        Ranked ranked(String taxonomy, TaxonomyEntry entry, MatchKind match, int length, int order) {
            return new Ranked(new SearchHit(taxonomy, entry, match, field, text), length, order);
        }
    }

    private record Ranked(SearchHit hit, int length, int order) {
        boolean beats(Ranked other) {
            int byKind = hit.match().compareTo(other.hit.match());
            return byKind < 0 || byKind == 0 && length > other.length;
        }
    }
}
