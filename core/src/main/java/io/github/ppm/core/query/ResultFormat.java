package io.github.ppm.core.query;

import java.util.Locale;
import java.util.Optional;

/** How query answers are written: an aligned text table, CSV, TSV or SPARQL 1.1 Results JSON. */
public enum ResultFormat {
    TABLE,
    CSV,
    TSV,
    JSON;

    /** The format called {@code name} (any case), if any. */
    public static Optional<ResultFormat> named(String name) {
        for (ResultFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The lower-case name used on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
