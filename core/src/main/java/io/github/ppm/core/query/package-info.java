/**
 * Questions asked of policies: typed, taxonomy-aware queries on one policy in Java ("which SDKs
 * receive device identifiers?"), and — over the RDF export — named SPARQL queries, a TDB2 store
 * for many policies and a Fuseki endpoint. Both answer from the same data.
 */
package io.github.ppm.core.query;
