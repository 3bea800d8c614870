package io.github.ppm.core.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the DPV 2.3 technology namespace {@code tech:} that ppm emits; each is defined in {@code tech.ttl}. */
public final class TECH {
    /** The namespace IRI. */
    public static final String NS = "https://w3id.org/dpv/tech#";

    public static final Node SoftwareLibrary = term("SoftwareLibrary");
    public static final Node hasProvider = term("hasProvider");

    private TECH() {
    }

    /** The IRI node of {@code tech:local}. */
    public static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
