package io.github.ppm.core.guard;

/** What the guard says about a flow. */
public enum Outcome {
    /** The policy declares the flow and the consent it rests on was given (or it needs none). */
    ALLOWED_AS_DECLARED(true),
    /** A consent exception of the policy with a PIPL Art. 13 basis allows the flow without consent. */
    ALLOWED_BY_EXCEPTION(true),
    /** The policy declares the flow, but it rests on consent the user has not given or has withdrawn. */
    NEEDS_CONSENT(false),
    /** The policy does not declare the flow (or declares only part of what is asked). */
    UNDECLARED(false);

    private final boolean allowed;

    Outcome(boolean allowed) {
        this.allowed = allowed;
    }

    /** True for the two outcomes that let the data go. */
    public boolean allowed() {
        return allowed;
    }
}
