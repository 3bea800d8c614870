package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.index.DataGroup;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.ConsentType;
import io.github.ppm.model.Policy;
import java.util.List;
import java.util.regex.Pattern;

/** Rules on sensitive personal information, PIPL Art. 28–30, and face data (SPC 2021 Art. 2). */
final class Sensitive {
    private static final Pattern SEPARATE_CONSENT = Pattern.compile("单独同意|单独授权|单独的同意");

    private Sensitive() {
    }

    /** True when the policy says anywhere that it asks for separate consent. */
    static boolean separateConsentStated(LintContext context) {
        return context.anyTextMatches(SEPARATE_CONSENT.pattern())
                || context.policy().disclosures().stream().anyMatch(d -> d.consent() == ConsentType.SEPARATE);
    }

    /** PIPL-28: sensitive data may be processed only for a specific purpose. */
    static final class Purpose extends BaseRule {
        Purpose() {
            super("PIPL-28", Severity.ERROR, RuleGroup.SENSITIVE_AND_MINORS, Reliability.VERBATIM);
        }

        @Override
        public void check(LintContext context) {
            for (DataGroup g : context.index().groups()) {
                List<CategoryKey> sensitive = Facts.sensitiveOf(context, g.categories());
                if (!sensitive.isEmpty() && g.purposes().isEmpty()) {
                    context.report(this, g.pointer(), g.owner().value(), g.owner().value(), Facts.list(sensitive));
                }
            }
        }
    }

    /** PIPL-29: processing sensitive data needs separate consent; the policy never says it asks for it. */
    static final class SeparateConsent extends BaseRule {
        SeparateConsent() {
            super("PIPL-29", Severity.WARNING, RuleGroup.SENSITIVE_AND_MINORS, Reliability.VERBATIM);
        }

        @Override
        public void check(LintContext context) {
            if (separateConsentStated(context)) {
                return;
            }
            List<Facts.Collector> collectors = Facts.collectors(context).stream()
                    .filter(c -> !Facts.sensitiveOf(context, c.categories()).isEmpty()).toList();
            if (!collectors.isEmpty()) {
                Facts.Collector first = collectors.get(0);
                context.report(this, first.pointer(), null, collectors.size(), first.id());
            }
        }
    }

    /** PIPL-30: the notice must state why sensitive data is necessary and how it affects the individual. */
    static final class Necessity extends BaseRule {
        private static final Pattern NECESSITY = Pattern.compile("必要性|必要的原因|之所以");
        private static final Pattern IMPACT = Pattern.compile("影响");

        Necessity() {
            super("PIPL-30", Severity.WARNING, RuleGroup.SENSITIVE_AND_MINORS, Reliability.VERBATIM);
        }

        @Override
        public void check(LintContext context) {
            boolean stated = context.texts().stream().anyMatch(t -> t.zh().contains("敏感")
                    && NECESSITY.matcher(t.zh()).find() && IMPACT.matcher(t.zh()).find());
            if (stated) {
                return;
            }
            Facts.collectors(context).stream()
                    .filter(c -> !Facts.sensitiveOf(context, c.categories()).isEmpty()).findFirst()
                    .ifPresent(c -> context.report(this, c.pointer(), null, c.id()));
        }
    }

    /**
     * FACE-SPC-2: processing face data on consent without separate consent, or without stating its
     * purpose, is an infringement (SPC face-recognition provisions, Art. 2 (3), (2)).
     */
    static final class Face extends BaseRule {
        Face() {
            super("FACE-SPC-2", Severity.WARNING, RuleGroup.SENSITIVE_AND_MINORS, Reliability.VERBATIM);
        }

        @Override
        public void check(LintContext context) {
            boolean separate = separateConsentStated(context);
            Policy policy = context.policy();
            for (Facts.Collector c : Facts.collectors(context)) {
                if (!Facts.anyWithin(c.categories(), "biometric.face")) {
                    continue;
                }
                boolean purpose = c.groups().stream().filter(g -> Facts.anyWithin(g.categories(), "biometric.face"))
                        .allMatch(g -> !g.purposes().isEmpty());
                if (!separate) {
                    context.reportVariant(this, "consent", c.pointer(), c.id(), c.id());
                }
                if (!purpose) {
                    context.reportVariant(this, "purpose", c.pointer(), c.id(), c.id());
                }
            }
        }
    }
}
