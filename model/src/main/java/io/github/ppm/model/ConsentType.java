package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** The kind of consent a disclosure rests on. */
@JsonClassDescription("The kind of consent a disclosure rests on.")
public enum ConsentType {
    /** Separate consent (单独同意), PIPL Art. 14 para. 1, 23, 25, 29, 39. */
    SEPARATE,
    /** Explicit consent (明确同意/明示同意). */
    EXPLICIT,
    /** Consent given by accepting the policy as a whole. */
    BUNDLED,
    /** No consent: rests on a consent exception (PIPL Art. 13 para. 1 (2)–(7)). */
    EXCEPTION,
    /** No consent needed: entrusted processing under PIPL Art. 21. */
    NOT_REQUIRED
}
