package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.RightKind;

/** PIPL-15: the policy must give a convenient way to withdraw consent. */
final class Pipl15 extends BaseRule {
    Pipl15() {
        super("PIPL-15", Severity.ERROR, RuleGroup.RIGHTS, Reliability.VERBATIM);
    }

    @Override
    public void check(LintContext context) {
        if (!Facts.hasChannel(context.policy(), RightKind.WITHDRAW_CONSENT)) {
            context.report(this, "/rights", null);
        }
    }
}
