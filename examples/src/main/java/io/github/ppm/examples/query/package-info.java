/** A data team's questions over many policies: a TDB2 store, the typed API and the named SPARQL queries. */
package io.github.ppm.examples.query;
