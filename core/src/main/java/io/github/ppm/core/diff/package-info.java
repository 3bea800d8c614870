/**
 * Structural diff of two versions of a policy — objects added, removed and changed, matched by id, with
 * their JSON paths and cited sections — and the material-change verdict: which changes need the users'
 * fresh consent by the policy's own criteria ({@code changes.materialChanges}) and PIPL Art. 14 and 17.
 */
package io.github.ppm.core.diff;
