package io.github.ppm.core.taxonomy;

import io.github.ppm.core.diag.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One taxonomy: its entries by key, in file order, with the hierarchy the dotted keys give. */
public final class Vocabulary {
    private final String name;
    private final Map<String, TaxonomyEntry> entries;

    Vocabulary(String name, List<TaxonomyEntry> entries) {
        this.name = name;
        Map<String, TaxonomyEntry> byKey = new LinkedHashMap<>();
        for (TaxonomyEntry entry : entries) {
            byKey.putIfAbsent(entry.key(), entry);
        }
        this.entries = Collections.unmodifiableMap(byKey);
    }

    /** The taxonomy's name, e.g. {@code data-category}. */
    public String name() {
        return name;
    }

    public boolean contains(String key) {
        return entries.containsKey(key);
    }

    public Optional<TaxonomyEntry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public Collection<TaxonomyEntry> entries() {
        return entries.values();
    }

    public Collection<String> keys() {
        return entries.keySet();
    }

    /** The key and every key below it, in file order. */
    public List<String> descendantsOrSelf(String key) {
        List<String> result = new ArrayList<>();
        String prefix = key + ".";
        for (String candidate : entries.keySet()) {
            if (candidate.equals(key) || candidate.startsWith(prefix)) {
                result.add(candidate);
            }
        }
        return result;
    }

    /** The key and its ancestors, nearest first, as far as they exist. */
    public List<String> ancestorsOrSelf(String key) {
        List<String> result = new ArrayList<>();
        for (String k = key; k != null; k = parentOf(k)) {
            if (entries.containsKey(k)) {
                result.add(k);
            }
        }
        return result;
    }

    /** The nearest existing key for a misspelt one. */
    public Optional<String> suggest(String key) {
        return Suggestions.closest(key, entries.keySet());
    }

    /** The entry itself or its nearest ancestor that is sensitive, if any. */
    public Optional<TaxonomyEntry> sensitivity(String key) {
        return ancestorsOrSelf(key).stream().map(entries::get).filter(TaxonomyEntry::sensitive).findFirst();
    }

    static String parentOf(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? null : key.substring(0, dot);
    }

    /** This vocabulary with {@code more} entries added after its own (existing keys win). */
    Vocabulary plus(List<TaxonomyEntry> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<TaxonomyEntry> all = new ArrayList<>(entries.values());
        all.addAll(more);
        return new Vocabulary(name, all);
    }
}
