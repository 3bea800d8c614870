package io.github.ppm.model;

/**
 * A dotted key into one of the taxonomies (built-in or added by the policy). The parent of
 * {@code a.b.c} is {@code a.b}; asking for a key also finds everything below it.
 */
public interface TaxonomyKey {
    String value();

    /** True when this key equals {@code ancestor} or lies below it. */
    default boolean isWithin(TaxonomyKey ancestor) {
        String a = ancestor.value();
        String v = value();
        return v.equals(a) || (v.startsWith(a) && v.charAt(a.length()) == '.');
    }
}
