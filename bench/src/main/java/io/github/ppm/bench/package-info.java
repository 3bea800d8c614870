/**
 * JMH benchmarks and measured runs, built only with the {@code bench} profile: the guard's
 * {@code decide} against a SPARQL ASK over an RDF model of the same policy; the corpus run; and the
 * store run (thousands of policies loaded into TDB2, cross-policy named queries).
 */
package io.github.ppm.bench;
