package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** What happens to data when its retention ends (PIPL Art. 47). */
@JsonClassDescription("What happens to data when its retention ends, PIPL Art. 47.")
public enum ExpiryAction {
    DELETE,
    ANONYMISE,
    DELETE_OR_ANONYMISE,
    /** Kept: the rule is an exception that allows keeping the data. */
    KEEP
}
