package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.Policy;

/** Rules on minors' and children's data, PIPL Art. 28 para. 1 and Art. 31. */
final class Minors {
    /** PIPL Art. 28: a child is under fourteen. */
    static final int CHILD_AGE = 14;

    private Minors() {
    }

    /** PIPL-31: a service open to children under 14 needs guardian consent and dedicated rules. */
    static final class Guardian extends BaseRule {
        Guardian() {
            super("PIPL-31", Severity.ERROR, RuleGroup.SENSITIVE_AND_MINORS, Reliability.VERBATIM);
        }

        @Override
        public void check(LintContext context) {
            Policy policy = context.policy();
            io.github.ppm.model.Minors minors = policy.minors();
            boolean childData = Facts.collectors(context).stream().anyMatch(c -> Facts.anyWithin(c.categories(), "minor"));
            boolean servesChildren = minors != null && minors.minimumServiceAge() != null
                    && minors.minimumServiceAge() < CHILD_AGE;
            if ((servesChildren || childData) && (minors == null || minors.guardianConsent() == null)) {
                context.report(this, minors == null ? "/minors" : "/minors/minimumServiceAge", null);
            }
        }
    }

    /** PIPL-31-DISCOVERY: say what happens to a child's data collected by accident. */
    static final class Discovery extends BaseRule {
        Discovery() {
            super("PIPL-31-DISCOVERY", Severity.INFO, RuleGroup.SENSITIVE_AND_MINORS, Reliability.VERBATIM);
        }

        @Override
        public void check(LintContext context) {
            io.github.ppm.model.Minors minors = context.policy().minors();
            if (minors == null || minors.onDiscovery() == null) {
                context.report(this, "/minors", null);
            }
        }
    }
}
