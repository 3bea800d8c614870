package io.github.ppm.core.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hierarchy of one taxonomy's dotted keys, closed once: for every known key, the known keys at
 * or below it and at or above it. Known keys are the taxonomy's and those the policy uses.
 */
public final class KeyClosure {
    private final List<String> keys;
    private final Map<String, List<String>> within;
    private final Map<String, List<String>> ancestors;

    KeyClosure(Collection<String> taxonomyKeys, Collection<String> usedKeys) {
        Set<String> all = new LinkedHashSet<>(taxonomyKeys);
        all.addAll(usedKeys);
        this.keys = List.copyOf(all);
        Map<String, List<String>> below = new HashMap<>();
        Map<String, List<String>> above = new HashMap<>();
        for (String key : keys) {
            below.computeIfAbsent(key, k -> new ArrayList<>()).add(key);
            List<String> up = new ArrayList<>();
            up.add(key);
            for (String parent = parentOf(key); parent != null; parent = parentOf(parent)) {
                if (all.contains(parent)) {
                    below.computeIfAbsent(parent, k -> new ArrayList<>()).add(key);
                    up.add(parent);
                }
            }
            above.put(key, List.copyOf(up));
        }
        Map<String, List<String>> frozen = new HashMap<>();
        below.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.within = Collections.unmodifiableMap(frozen);
        this.ancestors = Collections.unmodifiableMap(above);
    }

    /** Every known key, the taxonomy's in file order, then those only the policy uses. */
    public List<String> keys() {
        return keys;
    }

    public boolean contains(String key) {
        return ancestors.containsKey(key);
    }

    /** The known keys equal to {@code key} or below it, in {@link #keys()} order; empty for an unknown key. */
    public List<String> within(String key) {
        return within.getOrDefault(key, List.of());
    }

    /** {@code key} and its known ancestors, nearest first; empty for an unknown key. */
    public List<String> ancestorsOrSelf(String key) {
        return ancestors.getOrDefault(key, List.of());
    }

    /** The parent of a dotted key, or {@code null} for a top-level key. */
    static String parentOf(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? null : key.substring(0, dot);
    }
}
