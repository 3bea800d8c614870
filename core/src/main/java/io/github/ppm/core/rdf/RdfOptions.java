package io.github.ppm.core.rdf;

import java.util.Objects;

/**
 * How a policy becomes RDF.
 *
 * @param baseIri the IRI instance IRIs start with: a policy {@code p} is {@code baseIri + "p"}, its
 *                activity {@code a} is {@code baseIri + "p/activity/a"}. Ends with {@code /} or {@code #}.
 */
public record RdfOptions(String baseIri) {
    /** The default base: {@value #DEFAULT_BASE}. */
    public static final String DEFAULT_BASE = "https://w3id.org/ppm/policy/";
    /** The default options. */
    public static final RdfOptions DEFAULT = new RdfOptions(DEFAULT_BASE);

    public RdfOptions {
        Objects.requireNonNull(baseIri, "baseIri");
        if (!baseIri.matches("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]*[/#]")) {
            throw new IllegalArgumentException("base IRI `" + baseIri
                    + "` must be an absolute IRI ending with / or #");
        }
    }

    /** These options with another base IRI. */
    public RdfOptions withBaseIri(String newBaseIri) {
        return new RdfOptions(newBaseIri);
    }
}
