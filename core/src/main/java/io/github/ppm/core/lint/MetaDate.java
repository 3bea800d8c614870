package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;

/**
 * META-DATE: a policy should state when it takes effect or was last updated. Without a date no
 * rule can tell which version of a law applies to it.
 */
final class MetaDate extends BaseRule {
    MetaDate() {
        super("META-DATE", Severity.WARNING, RuleGroup.NOTICE, Reliability.MACHINE_TRANSLATION);
    }

    @Override
    public void check(LintContext context) {
        if (context.policy().effectiveDate() == null && context.policy().updated() == null) {
            context.report(this, "/id", null);
        }
    }
}
