package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.Disclosure;
import io.github.ppm.model.DisclosureKind;
import io.github.ppm.model.Policy;

/**
 * PIPL-21: entrusted processing rests on an agreement fixing purpose, period, method, categories
 * and protection measures. Each entrustment must name its processors, purposes and data (directly
 * or through the scenarios it serves), and the policy must say processors are bound by agreement.
 */
final class Pipl21 extends BaseRule {
    Pipl21() {
        super("PIPL-21", Severity.WARNING, RuleGroup.DISCLOSURE, Reliability.VERBATIM);
    }

    @Override
    public void check(LintContext context) {
        Policy policy = context.policy();
        boolean any = false;
        for (int i = 0; i < policy.disclosures().size(); i++) {
            Disclosure d = policy.disclosures().get(i);
            if (d.kind() != DisclosureKind.ENTRUSTED) {
                continue;
            }
            any = true;
            String at = "/disclosures/" + i;
            String id = d.id().value();
            if (d.recipients().isEmpty()) {
                context.reportVariant(this, "recipient", at, id, id);
            }
            if (d.purposes().isEmpty() && d.activities().isEmpty()) {
                context.reportVariant(this, "purpose", at, id, id);
            }
            if (d.data().isEmpty() && d.activities().isEmpty()) {
                context.reportVariant(this, "data", at, id, id);
            }
        }
        boolean agreement = policy.measures().stream().anyMatch(m -> m.kind().value().startsWith("third-party-management.contract"));
        if (any && !agreement) {
            context.reportVariant(this, "agreement", "/measures", null);
        }
    }
}
