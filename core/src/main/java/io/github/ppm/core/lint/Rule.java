package io.github.ppm.core.lint;

/**
 * One compliance rule. Implementations are stateless and report through the context; the context
 * turns each report into a diagnostic with the rule's id, severity and messages.
 */
public interface Rule {
    RuleMeta meta();

    /** Checks one policy and reports each finding to {@code context}. */
    void check(LintContext context);
}
