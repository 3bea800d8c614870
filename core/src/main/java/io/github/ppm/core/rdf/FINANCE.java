package io.github.ppm.core.rdf;

/**
 * The DPV 2.3 finance-sector namespace {@code sector-finance:}. Its terms reach the export through
 * the purpose taxonomy ({@code dpv: sector-finance:CreditChecking}); a test checks each against
 * {@code sector-finance.ttl}.
 */
public final class FINANCE {
    /** The namespace IRI. */
    public static final String NS = "https://w3id.org/dpv/sector/finance#";

    private FINANCE() {
    }
}
