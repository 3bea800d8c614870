package io.github.ppm.core.guard;

/**
 * The user's consent for the processing a flow belongs to, as the caller's consent records say.
 * {@link #GIVEN} means the consent the flow needs was given, separate consent (单独同意) included where the
 * flow is a provision to another handler; the guard does not keep consent records itself.
 */
public enum ConsentState {
    /** The user consented and has not withdrawn. */
    GIVEN,
    /** The user consented and then withdrew (PIPL Art. 15): processing based on consent stops. */
    WITHDRAWN,
    /** The user has not (yet) consented. */
    NONE
}
