package io.github.ppm.model;

/** What happens to data when its retention ends (PIPL Art. 47). */
public enum ExpiryAction {
    DELETE,
    ANONYMISE,
    DELETE_OR_ANONYMISE,
    /** Kept: the rule is an exception that allows keeping the data. */
    KEEP
}
