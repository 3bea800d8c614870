package io.github.ppm.core.guard;

import java.util.List;

/**
 * Everything the guard knows about one recipient or SDK, compiled: the declarations that reach it and the
 * exceptions that may stand in for a declaration.
 *
 * @param units            the declarations, in policy order
 * @param undeclaredRoutes exceptions that allow a flow even without a declaration (statutory duties, recipients only)
 * @param notDeclared      the answer when nothing matches
 */
record Target(Unit[] units, Route[] undeclaredRoutes, Decision notDeclared) {
    static final Decision UNKNOWN_SDK = Decision.undeclared(Reason.UNKNOWN_SDK, List.of());
    static final Decision UNKNOWN_RECIPIENT = Decision.undeclared(Reason.UNKNOWN_RECIPIENT, List.of());
    static final Decision UNKNOWN_DATA_CATEGORY = Decision.undeclared(Reason.UNKNOWN_DATA_CATEGORY, List.of());
    static final Decision UNKNOWN_PURPOSE = Decision.undeclared(Reason.UNKNOWN_PURPOSE, List.of());

    /**
     * One declaration of data for purposes: data bits × purpose bits, with its answers prepared.
     *
     * @param data            categories declared, with everything below them
     * @param partial         categories strictly above a declared one: asking for them asks for too much
     * @param purposes        purposes declared, with everything below them
     * @param exceptionFirst  the policy says this flow rests on a consent exception, not on consent
     * @param allowed         the answer when consent was given
     * @param withdrawn       the answer when consent was withdrawn and no exception applies
     * @param none            the answer when there is no consent and no exception applies
     * @param routes          the consent exceptions that can stand in for consent, by purpose
     * @param partlyDeclared  the answer when only narrower data is declared
     * @param purposeMissing  the answer when the data is declared for other purposes only
     */
    record Unit(long[] data, long[] partial, long[] purposes, boolean exceptionFirst, Decision allowed,
            Decision withdrawn, Decision none, Route[] routes, Decision partlyDeclared, Decision purposeMissing) {
    }

    /** A consent exception and the purposes (bits) its legal basis covers. */
    record Route(long[] purposes, Decision decision) {
    }

    Decision decide(int d, int p, ConsentState consent) {
        Decision needsConsent = null;
        Decision partly = null;
        Decision otherPurpose = null;
        for (Unit unit : units) {
            if (!Bits.get(unit.data, d)) {
                if (partly == null && Bits.get(unit.partial, d) && Bits.get(unit.purposes, p)) {
                    partly = unit.partlyDeclared;
                }
                continue;
            }
            if (!Bits.get(unit.purposes, p)) {
                if (otherPurpose == null) {
                    otherPurpose = unit.purposeMissing;
                }
                continue;
            }
            if (consent == ConsentState.GIVEN && !unit.exceptionFirst) {
                return unit.allowed;
            }
            for (Route route : unit.routes) {
                if (Bits.get(route.purposes, p)) {
                    return route.decision;
                }
            }
            if (consent == ConsentState.GIVEN) {
                return unit.allowed;
            }
            if (needsConsent == null) {
                needsConsent = consent == ConsentState.WITHDRAWN ? unit.withdrawn : unit.none;
            }
        }
        if (needsConsent != null) {
            return needsConsent;
        }
        for (Route route : undeclaredRoutes) {
            if (Bits.get(route.purposes, p)) {
                return route.decision;
            }
        }
        if (partly != null) {
            return partly;
        }
        return otherPurpose != null ? otherPurpose : notDeclared;
    }
}
