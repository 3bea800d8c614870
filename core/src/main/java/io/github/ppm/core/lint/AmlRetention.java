package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.Policy;
import io.github.ppm.model.RetentionRule;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * AML-RETENTION: a financial institution keeps customer identity records after the relationship
 * ends and transaction records after the transaction for at least the statutory minimum in force
 * on the policy's date: five years under the 2006 Anti-Money Laundering Law (Art. 19), ten years
 * under the 2024 revision (Art. 34, in force 2025-01-01). The rule applies when the policy cites
 * the AML law or processes for AML purposes.
 */
final class AmlRetention extends BaseRule {
    static final LocalDate REVISION_IN_FORCE = LocalDate.of(2025, 1, 1);
    static final Period OLD_MINIMUM = Period.ofYears(5);
    static final Period NEW_MINIMUM = Period.ofYears(10);

    AmlRetention() {
        super("AML-RETENTION", Severity.WARNING, RuleGroup.SECTOR, Reliability.VERBATIM);
    }

    @Override
    public void check(LintContext context) {
        Policy policy = context.policy();
        List<Integer> amlRules = new java.util.ArrayList<>();
        for (int i = 0; i < policy.retention().size(); i++) {
            if (isAml(policy.retention().get(i))) {
                amlRules.add(i);
            }
        }
        boolean amlPurpose = Facts.collectors(context).stream().anyMatch(c -> Facts.anyWithin(c.purposes(), "aml")
                || c.groups().stream().anyMatch(g -> Facts.anyWithin(g.purposes(), "aml")));
        if (amlRules.isEmpty()) {
            if (amlPurpose) {
                context.reportVariant(this, "missing", "/retention", null);
            }
            return;
        }
        LocalDate date = context.policyDate();
        for (int i : amlRules) {
            RetentionRule r = policy.retention().get(i);
            String id = r.id().value();
            String at = "/retention/" + i;
            Period stated = r.minimum() != null ? r.minimum() : r.maximum();
            if (stated == null) {
                context.reportVariant(this, "no-period", at, id, id);
                continue;
            }
            long days = Facts.approxDays(stated);
            if (date == null) {
                if (days < Facts.approxDays(NEW_MINIMUM)) {
                    context.reportVariant(this, "undated", at + (r.minimum() != null ? "/minimum" : "/maximum"), id, id, stated);
                }
            } else {
                Period required = date.isBefore(REVISION_IN_FORCE) ? OLD_MINIMUM : NEW_MINIMUM;
                if (days < Facts.approxDays(required)) {
                    context.report(this, at + (r.minimum() != null ? "/minimum" : "/maximum"), id, id, stated,
                            required, date);
                }
            }
        }
    }

    static boolean isAml(RetentionRule r) {
        return r.laws().stream().anyMatch(l -> l.title().contains("反洗钱"))
                || Facts.anyWithin(r.purposes(), "aml");
    }

}
