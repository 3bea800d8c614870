package io.github.ppm.model;

/**
 * A dotted key into one of the taxonomies (built-in or added by the policy). The parent of
 * {@code a.b.c} is {@code a.b}; asking for a key also finds everything below it.
 */
public interface TaxonomyKey {
    String value();

    /** True when this key equals {@code ancestor} or lies below it. */
    default boolean isWithin(TaxonomyKey ancestor) {
        return isWithin(value(), ancestor.value());
    }

    /** The same test on raw dotted keys, for code that holds keys as strings (a policy's JSON form). */
    static boolean isWithin(String key, String ancestor) {
        return key.equals(ancestor) || (key.startsWith(ancestor) && key.charAt(ancestor.length()) == '.');
    }
}
