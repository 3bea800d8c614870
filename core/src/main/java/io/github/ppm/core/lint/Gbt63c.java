package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.ExpiryAction;
import io.github.ppm.model.RetentionRule;

/**
 * GBT35273-6.3c: raw biometric data (face images, samples) should in principle not be stored; a
 * rule that keeps it by the handler itself without citing a law is reported.
 */
final class Gbt63c extends BaseRule {
    Gbt63c() {
        super("GBT35273-6.3c", Severity.WARNING, RuleGroup.RETENTION, Reliability.SECONDARY);
    }

    @Override
    public void check(LintContext context) {
        var rules = context.policy().retention();
        for (int i = 0; i < rules.size(); i++) {
            RetentionRule r = rules.get(i);
            boolean keeps = r.action() == null || r.action() == ExpiryAction.KEEP;
            if (keeps && r.holder() == null && r.laws().isEmpty() && Facts.anyWithin(r.data(), "biometric")) {
                context.report(this, "/retention/" + i, r.id().value(), r.id().value());
            }
        }
    }
}
