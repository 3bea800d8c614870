package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.DisclosureKind;
import io.github.ppm.model.Policy;
import io.github.ppm.model.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * PIPL-55: processing that needs a personal-information impact assessment before it starts. The
 * assessment itself is not in a policy; the finding lists the triggers so a reviewer can ask for it.
 */
final class Pipl55 extends BaseRule {
    Pipl55() {
        super("PIPL-55", Severity.INFO, RuleGroup.SECURITY, Reliability.VERBATIM);
    }

    @Override
    public void check(LintContext context) {
        Policy policy = context.policy();
        List<Text> triggers = new ArrayList<>();
        if (Facts.collectors(context).stream().anyMatch(c -> !Facts.sensitiveOf(context, c.categories()).isEmpty())) {
            triggers.add(Messages.of("PIPL-55.trigger.sensitive"));
        }
        if (policy.activities().stream().anyMatch(a -> a.automatedDecision() != null)) {
            triggers.add(Messages.of("PIPL-55.trigger.automated"));
        }
        if (policy.disclosures().stream().anyMatch(d -> d.kind() == DisclosureKind.ENTRUSTED)) {
            triggers.add(Messages.of("PIPL-55.trigger.entrusted"));
        }
        if (policy.disclosures().stream().anyMatch(d -> d.kind() == DisclosureKind.SHARE || d.kind() == DisclosureKind.TRANSFER)
                || !policy.sdks().isEmpty()) {
            triggers.add(Messages.of("PIPL-55.trigger.provision"));
        }
        if (policy.disclosures().stream().anyMatch(d -> d.kind() == DisclosureKind.PUBLIC_DISCLOSURE)) {
            triggers.add(Messages.of("PIPL-55.trigger.disclosure"));
        }
        if (CrossBorder.firstAbroad(policy.storage()) >= 0) {
            triggers.add(Messages.of("PIPL-55.trigger.cross-border"));
        }
        if (!triggers.isEmpty()) {
            context.report(this, "/id", null, Facts.join(triggers));
        }
    }
}
