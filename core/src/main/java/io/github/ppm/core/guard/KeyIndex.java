package io.github.ppm.core.guard;

import io.github.ppm.core.index.KeyClosure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dense ints for the dotted keys of one taxonomy, and the bit sets its hierarchy (the policy index's closure) gives. */
final class KeyIndex {
    private final Map<String, Integer> index = new HashMap<>();
    private final KeyClosure closure;
    private final List<String> keys;

    KeyIndex(KeyClosure closure) {
        this.closure = closure;
        this.keys = closure.keys();
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
        for (String key : closure.within(ancestor)) {
            Bits.set(bits, index.get(key));
        }
    }

    /** Sets every key strictly above {@code key}: asking for one of them asks for more than is declared. */
    void addStrictAncestors(long[] bits, String key) {
        for (String ancestor : closure.ancestorsOrSelf(key)) {
            if (!ancestor.equals(key)) {
                Bits.set(bits, index.get(ancestor));
            }
        }
    }
}
