package io.github.ppm.core.guard;

/** The legal shape of a declared flow, which decides the consent it needs and the exceptions that can apply. */
public enum Processing {
    /**
     * Entrusted processing (委托处理, PIPL Art. 21): the recipient processes on the controller's behalf, so the
     * handover needs no separate consent; the controller's own basis for the processing still must hold, and
     * only consent exceptions for collection and use can replace consent.
     */
    ENTRUSTED,
    /**
     * Provision to another handler (PIPL Art. 23; transfer Art. 22, public disclosure Art. 25; an SDK that is
     * an independent handler or whose role the policy leaves open): needs separate consent, or a consent
     * exception for sharing, transfer and disclosure.
     */
    PROVISION,
    /** No declaration was found. */
    NONE
}
