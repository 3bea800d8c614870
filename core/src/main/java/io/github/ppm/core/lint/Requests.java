package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.Policy;
import io.github.ppm.model.Right;
import io.github.ppm.model.RightKind;
import io.github.ppm.model.Text;
import java.time.Period;
import java.util.regex.Pattern;

/** How requests are handled: PIPL Art. 50 and the 2019 determination method §六. */
final class Requests {
    /** Fifteen working days are three calendar weeks. */
    static final long FIFTEEN_WORKING_DAYS = 21;

    private Requests() {
    }

    static boolean exceeds(Period p) {
        return Facts.approxDays(p) > FIFTEEN_WORKING_DAYS;
    }

    /** PIPL-50: a mechanism to accept and handle requests, and reasons when one is refused. */
    static final class Mechanism extends BaseRule {
        private static final Pattern REASONS = Pattern.compile("理由|原因");

        Mechanism() {
            super("PIPL-50", Severity.WARNING, RuleGroup.RIGHTS, Reliability.VERBATIM);
        }

        @Override
        public void check(LintContext context) {
            if (context.policy().requests() == null) {
                context.reportVariant(this, "missing", "/requests", null);
                return;
            }
            boolean reasons = context.texts("/requests").stream().anyMatch(t -> REASONS.matcher(t.zh()).find())
                    || context.texts("/clauses").stream().anyMatch(t -> t.zh().contains("拒绝") && REASONS.matcher(t.zh()).find());
            if (!reasons) {
                context.reportVariant(this, "reasons", "/requests", null);
            }
        }
    }

    /** AM-6.2: no unreasonable conditions on cancellation, deletion or withdrawal, such as "no dispute with us". */
    static final class Conditions extends BaseRule {
        private static final Pattern NO_DISPUTE = Pattern.compile("不存在.{0,6}(争议|纠纷)|无.{0,4}(争议|纠纷)");

        Conditions() {
            super("AM-6.2", Severity.WARNING, RuleGroup.RIGHTS, Reliability.MACHINE_TRANSLATION);
        }

        @Override
        public void check(LintContext context) {
            Policy policy = context.policy();
            for (int i = 0; i < policy.rights().size(); i++) {
                Right r = policy.rights().get(i);
                for (int j = 0; j < r.conditions().size(); j++) {
                    Text c = r.conditions().get(j);
                    if (NO_DISPUTE.matcher(c.zh()).find()) {
                        context.report(this, "/rights/" + i + "/conditions/" + j, r.id().value(), r.id().value(), c);
                    }
                }
            }
        }
    }

    /** AM-6.3: requests answered within 15 working days; where nothing is promised, that limit applies. */
    static final class ResponseTime extends BaseRule {
        ResponseTime() {
            super("AM-6.3", Severity.WARNING, RuleGroup.RIGHTS, Reliability.MACHINE_TRANSLATION);
        }

        @Override
        public void check(LintContext context) {
            Policy policy = context.policy();
            boolean promised = false;
            if (policy.requests() != null && policy.requests().responseTime() != null) {
                promised = true;
                if (exceeds(policy.requests().responseTime())) {
                    context.reportVariant(this, "long", "/requests/responseTime", null, policy.requests().responseTime());
                }
            }
            for (int i = 0; i < policy.rights().size(); i++) {
                Right r = policy.rights().get(i);
                if (r.timeLimit() != null) {
                    promised = true;
                    if (exceeds(r.timeLimit())) {
                        context.reportVariant(this, "long", "/rights/" + i + "/timeLimit", r.id().value(), r.timeLimit());
                    }
                }
            }
            if (!promised) {
                context.reportVariant(this, "none", policy.requests() == null ? "/rights" : "/requests", null);
            }
        }
    }

    /** AM-6.5: a published complaint channel with a time limit. */
    static final class Complaints extends BaseRule {
        Complaints() {
            super("AM-6.5", Severity.WARNING, RuleGroup.RIGHTS, Reliability.MACHINE_TRANSLATION);
        }

        @Override
        public void check(LintContext context) {
            var complaints = Facts.rights(context.policy(), RightKind.COMPLAINT);
            if (complaints.stream().noneMatch(r -> !r.channels().isEmpty())) {
                context.reportVariant(this, "missing", "/rights", null);
            } else if (complaints.stream().noneMatch(r -> r.timeLimit() != null)
                    && (context.policy().requests() == null || context.policy().requests().responseTime() == null)) {
                context.reportVariant(this, "time", "/rights", null);
            }
        }
    }
}
