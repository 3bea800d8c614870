/**
 * Structural validation of a policy: Jakarta Bean Validation constraints on the records, unique
 * ids, references between objects, and taxonomy keys, reported as one list of diagnostics with
 * "did you mean" suggestions.
 */
package io.github.ppm.core.validate;
