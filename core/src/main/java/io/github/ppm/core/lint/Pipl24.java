package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.AutomatedDecision;
import io.github.ppm.model.Policy;
import io.github.ppm.model.ProcessingActivity;
import io.github.ppm.model.RightKind;
import java.util.regex.Pattern;

/** The three checks of PIPL Art. 24 on automated decision-making. */
final class Pipl24 {
    private Pipl24() {
    }

    /**
     * PIPL-24-1: automated decisions must be transparent; one that sets prices or other terms must
     * say what it uses and how (the logic and the inputs), so that unreasonable differences in
     * treatment can be seen.
     */
    static final class Transparency extends BaseRule {
        private static final Pattern TERMS = Pattern.compile("利率|价格|定价|费率|额度|期限");

        Transparency() {
            super("PIPL-24-1", Severity.WARNING, RuleGroup.AUTOMATED_DECISION, Reliability.VERBATIM);
        }

        @Override
        public void check(LintContext context) {
            Policy policy = context.policy();
            for (int i = 0; i < policy.activities().size(); i++) {
                ProcessingActivity a = policy.activities().get(i);
                AutomatedDecision d = a.automatedDecision();
                if (d == null) {
                    continue;
                }
                boolean terms = d.decides().stream().anyMatch(t -> TERMS.matcher(t.zh()).find())
                        || Facts.anyWithin(d.purposes(), "loan.pricing");
                if (terms && (d.logic().isEmpty() || d.inputs().isEmpty())) {
                    context.report(this, "/activities/" + i + "/automatedDecision", a.id().value(), a.id().value());
                }
            }
        }
    }

    /** PIPL-24-2: marketing and push by automated means need an easy way to refuse. */
    static final class Marketing extends BaseRule {
        private static final Pattern MARKETING = Pattern.compile("营销|商业性|推广|广告|推送");

        Marketing() {
            super("PIPL-24-2", Severity.WARNING, RuleGroup.AUTOMATED_DECISION, Reliability.VERBATIM);
        }

        @Override
        public void check(LintContext context) {
            Policy policy = context.policy();
            boolean optOut = policy.measures().stream().anyMatch(m -> m.kind().value().equals("consent-management.marketing-opt-out"))
                    || policy.rights().stream().anyMatch(r -> (r.kind() == RightKind.WITHDRAW_CONSENT || r.kind() == RightKind.DECIDE)
                            && !r.channels().isEmpty() && MARKETING.matcher(r.label().zh()).find());
            if (optOut) {
                return;
            }
            for (int i = 0; i < policy.activities().size(); i++) {
                ProcessingActivity a = policy.activities().get(i);
                if (Facts.anyWithin(a.purposes(), "marketing") || Facts.anyWithin(a.purposes(), "advertising.personalised")) {
                    context.report(this, "/activities/" + i + "/purposes", a.id().value(), a.id().value());
                }
            }
        }
    }

    /**
     * PIPL-24-3: for an automated decision with a major effect the individual may ask for an
     * explanation and refuse a decision made solely by automated means: a person to turn to must
     * be named.
     */
    static final class HumanReview extends BaseRule {
        HumanReview() {
            super("PIPL-24-3", Severity.ERROR, RuleGroup.AUTOMATED_DECISION, Reliability.VERBATIM);
        }

        @Override
        public void check(LintContext context) {
            Policy policy = context.policy();
            boolean right = Facts.hasChannel(policy, RightKind.AUTOMATED_DECISION);
            for (int i = 0; i < policy.activities().size(); i++) {
                ProcessingActivity a = policy.activities().get(i);
                if (a.automatedDecision() != null && a.automatedDecision().humanReview() == null && !right) {
                    context.report(this, "/activities/" + i + "/automatedDecision", a.id().value(), a.id().value());
                }
            }
        }
    }
}
