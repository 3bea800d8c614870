package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.ChangePolicy;

/** PIPL-17-2: changes to what the notice says must be told to individuals. */
final class Pipl17Changes extends BaseRule {
    Pipl17Changes() {
        super("PIPL-17-2", Severity.WARNING, RuleGroup.NOTICE, Reliability.VERBATIM);
    }

    @Override
    public void check(LintContext context) {
        ChangePolicy changes = context.policy().changes();
        if (changes == null) {
            context.reportVariant(this, "missing", "/changes", null);
        } else if (changes.notification().isEmpty()) {
            context.reportVariant(this, "notification", "/changes", null);
        }
    }
}
