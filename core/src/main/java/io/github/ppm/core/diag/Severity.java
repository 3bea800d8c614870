package io.github.ppm.core.diag;

import java.util.Locale;

/** How serious a finding is. Declared from most to least serious. */
public enum Severity {
    /** Invalid input, or a binding law clearly contradicted by the document's data. */
    ERROR,
    /** A standard, guide or heuristic is not met; needs a person's review. */
    WARNING,
    /** Context worth knowing. */
    INFO;

    /** The lower-case name used in human and SARIF output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
