/**
 * An app back end that checks every flow against the policy before it sends personal data to an SDK or a
 * partner: compile the guard once, ask it per flow, log the decision with the section it cites.
 */
package io.github.ppm.examples.guard;
