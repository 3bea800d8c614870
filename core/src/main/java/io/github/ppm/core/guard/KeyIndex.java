package io.github.ppm.core.guard;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Dense ints for the dotted keys of one taxonomy, and the bit sets its hierarchy gives. */
final class KeyIndex {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> keys;

    KeyIndex(Collection<String> taxonomyKeys, Collection<String> usedKeys) {
        Set<String> all = new LinkedHashSet<>(taxonomyKeys);
        // Keys a policy uses without defining them (a broken policy) still get an index, so that what it
        // declares stays findable by exactly that key.
        all.addAll(usedKeys);
        this.keys = List.copyOf(all);
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i), i);
        }
    }

    Map<String, Integer> map() {
        return index;
    }

    List<String> keys() {
        return keys;
    }

    long[] empty() {
        return Bits.empty(keys.size());
    }

    /** Sets every key equal to {@code ancestor} or below it: declaring a key declares what it contains. */
    void addWithin(long[] bits, String ancestor) {
        for (int i = 0; i < keys.size(); i++) {
            if (isWithin(keys.get(i), ancestor)) {
                Bits.set(bits, i);
            }
        }
    }

    /** Sets every key strictly above {@code key}: asking for one of them asks for more than is declared. */
    void addStrictAncestors(long[] bits, String key) {
        for (int dot = key.lastIndexOf('.'); dot > 0; dot = key.lastIndexOf('.', dot - 1)) {
            Integer i = index.get(key.substring(0, dot));
            if (i != null) {
                Bits.set(bits, i);
            }
        }
    }

    static boolean isWithin(String key, String ancestor) {
        return key.equals(ancestor)
                || key.length() > ancestor.length() && key.startsWith(ancestor) && key.charAt(ancestor.length()) == '.';
    }
}
