package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.ChannelKind;
import io.github.ppm.model.RightKind;

/** PIPL-17-3: the processing rules must be public and easy to find; a reader needs to know where. */
final class Pipl17Access extends BaseRule {
    Pipl17Access() {
        super("PIPL-17-3", Severity.INFO, RuleGroup.NOTICE, Reliability.VERBATIM);
    }

    @Override
    public void check(LintContext context) {
        boolean path = Facts.rights(context.policy(), RightKind.KNOW).stream()
                .flatMap(r -> r.channels().stream())
                .anyMatch(c -> c.kind() == ChannelKind.APP_PATH || c.kind() == ChannelKind.WEB);
        if (!path && context.policy().document().url() == null) {
            context.report(this, "/document", null);
        }
    }
}
