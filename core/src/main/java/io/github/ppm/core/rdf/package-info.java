/**
 * Policies as RDF on the W3C Data Privacy Vocabulary (DPV 2.3): export to Turtle, JSON-LD 1.1,
 * N-Triples and RDF/XML, lossless import back to a {@link io.github.ppm.model.Policy}, and SHACL
 * checks of the exported graph. {@link io.github.ppm.core.rdf.Rdf} is the facade; the RDF profile
 * is described in {@code docs/rdf.md}.
 */
package io.github.ppm.core.rdf;
