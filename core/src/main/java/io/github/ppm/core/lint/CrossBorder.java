package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.ConsentType;
import io.github.ppm.model.StorageLocation;
import java.util.List;
import java.util.regex.Pattern;

/** Cross-border provision, PIPL Art. 38–39. Applies when a storage location is abroad or crosses the border. */
final class CrossBorder {
    private CrossBorder() {
    }

    static int firstAbroad(List<StorageLocation> storage) {
        for (int i = 0; i < storage.size(); i++) {
            StorageLocation s = storage.get(i);
            if (s.crossBorder() || !(s.region().equals("CN") || s.region().startsWith("CN-"))) {
                return i;
            }
        }
        return -1;
    }

    /** PIPL-38: name the condition for leaving China: CAC security assessment, certification or standard contract. */
    static final class Mechanism extends BaseRule {
        private static final Pattern MECHANISM = Pattern.compile("安全评估|保护认证|标准合同");

        Mechanism() {
            super("PIPL-38", Severity.ERROR, RuleGroup.CROSS_BORDER, Reliability.VERBATIM);
        }

        @Override
        public void check(LintContext context) {
            int at = firstAbroad(context.policy().storage());
            if (at >= 0 && !context.anyTextMatches(MECHANISM.pattern())) {
                context.report(this, "/storage/" + at, null, context.policy().storage().get(at).region());
            }
        }
    }

    /** PIPL-39: tell the foreign recipient's identity and obtain separate consent. */
    static final class Consent extends BaseRule {
        Consent() {
            super("PIPL-39", Severity.ERROR, RuleGroup.CROSS_BORDER, Reliability.VERBATIM);
        }

        @Override
        public void check(LintContext context) {
            int at = firstAbroad(context.policy().storage());
            boolean separate = context.policy().disclosures().stream()
                    .anyMatch(d -> d.consent() == ConsentType.SEPARATE && !d.recipients().isEmpty());
            if (at >= 0 && !separate) {
                context.report(this, "/storage/" + at, null, context.policy().storage().get(at).region());
            }
        }
    }
}
