package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.ExpiryAction;
import io.github.ppm.model.Policy;
import io.github.ppm.model.RetentionRule;
import io.github.ppm.model.RetentionTrigger;
import java.util.EnumSet;
import java.util.Set;

/**
 * PIPL-47: the handler deletes on its own initiative when the purpose is achieved or no longer
 * needed, when it stops the service or the period expires, and when consent is withdrawn. Where
 * a statutory period has not expired, only storage and security measures may continue.
 */
final class Pipl47 extends BaseRule {
    Pipl47() {
        super("PIPL-47", Severity.WARNING, RuleGroup.RETENTION, Reliability.VERBATIM);
    }

    @Override
    public void check(LintContext context) {
        Policy policy = context.policy();
        Set<RetentionTrigger> covered = EnumSet.noneOf(RetentionTrigger.class);
        for (RetentionRule r : policy.retention()) {
            if (r.holder() == null && Facts.deletes(r.action())) {
                covered.addAll(r.triggers());
            }
        }
        if (policy.cessation() != null && Facts.deletes(policy.cessation().action())) {
            covered.add(RetentionTrigger.OPERATION_CEASED);
        }
        Set<String> missing = new java.util.LinkedHashSet<>();
        if (!covered.contains(RetentionTrigger.PURPOSE_FULFILLED)) {
            missing.add(RetentionTrigger.PURPOSE_FULFILLED.name());
        }
        if (!covered.contains(RetentionTrigger.SERVICE_ENDED) && !covered.contains(RetentionTrigger.OPERATION_CEASED)) {
            missing.add(RetentionTrigger.SERVICE_ENDED.name());
        }
        if (!covered.contains(RetentionTrigger.CONSENT_WITHDRAWN)) {
            missing.add(RetentionTrigger.CONSENT_WITHDRAWN.name());
        }
        if (!missing.isEmpty()) {
            context.reportVariant(this, "triggers", "/retention", null, Facts.list(missing));
        }
        for (int i = 0; i < policy.retention().size(); i++) {
            RetentionRule r = policy.retention().get(i);
            if (r.action() == ExpiryAction.KEEP && r.triggers().contains(RetentionTrigger.ACCOUNT_CANCELLATION)
                    && !r.purposes().isEmpty()) {
                context.reportVariant(this, "processing", "/retention/" + i + "/purposes", r.id().value(),
                        r.id().value(), Facts.list(r.purposes()));
            }
        }
    }
}
