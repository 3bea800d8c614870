/**
 * Runtime flow checks: {@link io.github.ppm.core.guard.PolicyGuard} is compiled once from a policy and
 * answers, for a data category, a purpose, a recipient or SDK and the user's consent state, whether the
 * policy declares the flow, whether it needs consent, or whether a consent exception with a PIPL basis
 * allows it — citing the policy objects and sections it relied on. The semantics are in
 * {@code docs/guard.md}.
 */
package io.github.ppm.core.guard;
