package io.github.ppm.core.rdf;

/**
 * The DPV 2.3 personal-data namespace {@code pd:}. ppm names no {@code pd:} term in code: the
 * taxonomy files name them ({@code dpv: pd:Name}), and a test checks each against {@code pd.ttl}.
 */
public final class PD {
    /** The namespace IRI. */
    public static final String NS = "https://w3id.org/dpv/pd#";

    private PD() {
    }
}
