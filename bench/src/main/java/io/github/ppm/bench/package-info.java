/**
 * JMH benchmarks, built only with the {@code bench} profile: the guard's {@code decide} against a SPARQL
 * ASK over an RDF model of the same policy.
 */
package io.github.ppm.bench;
