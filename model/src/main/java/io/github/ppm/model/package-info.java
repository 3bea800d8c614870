/**
 * The typed records of a privacy policy: the controller, business scenarios, data categories,
 * purposes, permissions, SDKs, recipients and disclosures, retention, consent exceptions, rights,
 * minors and change rules. Records only: no I/O, no behaviour beyond checking their own invariants.
 *
 * <p>Every fact-bearing object carries a {@link io.github.ppm.model.Section} naming the part of the
 * original policy it states. Objects refer to each other by typed id only.
 */
package io.github.ppm.model;
