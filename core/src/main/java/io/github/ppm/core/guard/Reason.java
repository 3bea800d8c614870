package io.github.ppm.core.guard;

/** Why the guard decided as it did: a stable code for logs, with a bilingual text in the catalogue. */
public enum Reason {
    /** Declared; the user's consent was given. */
    CONSENT_GIVEN,
    /** Declared; a consent exception with a PIPL basis covers the purpose. */
    EXCEPTION_APPLIES,
    /** Not declared as a disclosure, but a statutory-duty exception for sharing covers the purpose. */
    EXCEPTION_WITHOUT_DECLARATION,
    /** Declared; the user withdrew consent and no exception covers the purpose. */
    CONSENT_WITHDRAWN,
    /** Declared; the user has not consented and no exception covers the purpose. */
    CONSENT_MISSING,
    /** The recipient or SDK receives this data, but not for this purpose. */
    PURPOSE_NOT_DECLARED,
    /** Only narrower categories than the one asked for are declared for this recipient or SDK. */
    DATA_PARTLY_DECLARED,
    /** Nothing declares this data for this recipient or SDK. */
    NOT_DECLARED,
    /** The policy has no SDK with this id. */
    UNKNOWN_SDK,
    /** The policy has no party with this id. */
    UNKNOWN_RECIPIENT,
    /** The data category is neither in the taxonomy nor in the policy. */
    UNKNOWN_DATA_CATEGORY,
    /** The purpose is neither in the taxonomy nor in the policy. */
    UNKNOWN_PURPOSE
}
