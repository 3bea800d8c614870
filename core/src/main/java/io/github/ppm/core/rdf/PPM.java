package io.github.ppm.core.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * ppm's own namespace {@code ppm:} ({@value #NS}), for what DPV lacks. Every term is declared in
 * {@code schemas/vocab/ppm.ttl} with zh/en labels; a test checks that every {@code ppm:} IRI an
 * export contains is declared there. Classes are named after the model's records
 * ({@code ppm:ProcessingActivity}) and properties after their fields ({@code ppm:collects}).
 */
public final class PPM {
    /** The namespace IRI. */
    public static final String NS = "https://w3id.org/ppm#";

    public static final Node Policy = term("Policy");
    public static final Node TextItem = term("TextItem");
    public static final Node Sdk = term("Sdk");
    public static final Node Disclosure = term("Disclosure");
    public static final Node ProcessingActivity = term("ProcessingActivity");

    public static final Node source = term("source");

    // Derived facts (the policy index), written so that a query joins instead of re-deriving them.
    public static final Node effectivePurpose = term("effectivePurpose");
    public static final Node receives = term("receives");
    public static final Node receivesThroughPermission = term("receivesThroughPermission");
    public static final Node carries = term("carries");
    public static final Node region = term("region");
    public static final Node jurisdiction = term("jurisdiction");

    public static final Node NewsReporting = term("NewsReporting");
    public static final Node PubliclyDisclosedInformation = term("PubliclyDisclosedInformation");
    public static final Node OtherLegalGround = term("OtherLegalGround");
    public static final Node PubliclyDisclose = term("PubliclyDisclose");
    public static final Node Entrust = term("Entrust");
    public static final Node DeleteOrAnonymise = term("DeleteOrAnonymise");
    public static final Node Retain = term("Retain");
    public static final Node SeparateConsent = term("SeparateConsent");
    public static final Node BundledConsent = term("BundledConsent");
    public static final Node ConsentExempted = term("ConsentExempted");
    public static final Node ConsentNotRequired = term("ConsentNotRequired");

    private PPM() {
    }

    /** The IRI node of {@code ppm:local}. */
    public static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
