package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.Policy;
import io.github.ppm.model.RetentionRule;
import io.github.ppm.model.RightKind;
import java.time.LocalDate;

/**
 * NDSR-21-1: from 2025-01-01 the processing rules must state, among others, the handling after the
 * retention period ends and how to port data (转移). Not applied to a policy dated before then;
 * applied, and said so, to a policy with no date.
 */
final class Ndsr21 extends BaseRule {
    static final LocalDate IN_FORCE = LocalDate.of(2025, 1, 1);

    Ndsr21() {
        super("NDSR-21-1", Severity.ERROR, RuleGroup.RETENTION, Reliability.VERBATIM);
    }

    @Override
    public void check(LintContext context) {
        LocalDate date = context.policyDate();
        if (date != null && date.isBefore(IN_FORCE)) {
            return;
        }
        String undated = date == null ? "undated" : "dated";
        Policy policy = context.policy();
        // A general rule that deletes everything at the end covers rules that only give the period.
        boolean general = policy.retention().stream()
                .anyMatch(r -> r.data().isEmpty() && r.holder() == null && Facts.deletes(r.action()));
        for (int i = 0; i < policy.retention().size(); i++) {
            RetentionRule r = policy.retention().get(i);
            if (r.action() == null && !general) {
                context.reportVariant(this, "expiry." + undated, "/retention/" + i, r.id().value(), r.id().value());
            }
        }
        if (!Facts.hasRight(policy, RightKind.PORTABILITY)) {
            context.reportVariant(this, "portability." + undated, "/rights", null);
        }
    }
}
