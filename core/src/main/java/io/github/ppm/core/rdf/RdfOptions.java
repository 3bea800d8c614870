package io.github.ppm.core.rdf;

import java.util.Objects;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

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
        // The shape above lets through what Jena's writers then refuse halfway (`http://exa%zz/`,
        // `http:/`): ask the parser they use, before anything is written.
        try {
            IRIx.create(baseIri);
        } catch (IRIException e) {
            throw new IllegalArgumentException("base IRI `" + baseIri + "` is not a valid IRI: " + e.getMessage(), e);
        }
    }

    /** These options with another base IRI. */
    public RdfOptions withBaseIri(String newBaseIri) {
        return new RdfOptions(newBaseIri);
    }
}
