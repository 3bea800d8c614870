/**
 * Compliance lint: rules with stable ids that say what a policy lacks or contradicts under Chinese
 * personal-information law (PIPL, the Network Data Security Regulations, the anti-money-laundering
 * law), national standards and guides (GB/T 35273-2020, TC260), MIIT practice, and the policy's own
 * internal consistency. Each rule is one class with metadata (id, severity, bilingual title, legal
 * source and how reliable its text is, since), a doc page {@code rules/<ID>.md} on the classpath and
 * a good and a bad fixture. {@link io.github.ppm.core.lint.Lint} runs them after validation, applies
 * project configuration ({@code .ppm-lint.yaml}) and the policy's own reasoned suppressions.
 */
package io.github.ppm.core.lint;
