package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.ExpiryAction;
import io.github.ppm.model.RetentionRule;
import io.github.ppm.model.Text;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PIPL-19: retention must be the shortest time the purpose needs, unless a law or administrative
 * regulation says otherwise. Each rule needs a period or a way to determine it; open-ended wording
 * and "the user agreed to longer" (which no law provides) are reported.
 */
final class Pipl19 extends BaseRule {
    private static final Pattern OPEN_ENDED = Pattern.compile("长期|永久|无限期|一直");
    private static final Pattern USER_AGREED = Pattern.compile("同意.{0,6}(更长|延长)");

    Pipl19() {
        super("PIPL-19", Severity.WARNING, RuleGroup.RETENTION, Reliability.VERBATIM);
    }

    @Override
    public void check(LintContext context) {
        var rules = context.policy().retention();
        if (rules.isEmpty()) {
            context.reportVariant(this, "none", "/retention", null);
        }
        for (int i = 0; i < rules.size(); i++) {
            RetentionRule r = rules.get(i);
            String at = "/retention/" + i;
            String id = r.id().value();
            // For data that is kept, a trigger says when keeping starts, not how long it lasts.
            boolean triggersBound = r.action() != ExpiryAction.KEEP && !r.triggers().isEmpty();
            Matcher open = OPEN_ENDED.matcher(r.label().zh());
            if (open.find()) {
                context.reportVariant(this, "open-ended", at + "/label", id, id, open.group());
            } else if (r.minimum() == null && r.maximum() == null && r.criteria().isEmpty() && !triggersBound) {
                context.reportVariant(this, "period", at, id, id);
            }
            for (int j = 0; j < r.criteria().size(); j++) {
                Text c = r.criteria().get(j);
                if (USER_AGREED.matcher(c.zh()).find()) {
                    context.reportVariant(this, "consent", at + "/criteria/" + j, id, id);
                }
            }
        }
    }
}
