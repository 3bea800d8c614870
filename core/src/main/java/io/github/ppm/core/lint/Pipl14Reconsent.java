package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.ChangePolicy;
import io.github.ppm.model.MaterialChangeKind;
import java.util.regex.Pattern;

/**
 * PIPL-14-2: a change of purpose, method or category needs fresh consent. Reported when the change
 * rules say no fresh consent is sought, and when a clause about new purposes promises notice only.
 */
final class Pipl14Reconsent extends BaseRule {
    private static final Pattern PURPOSE = Pattern.compile("目的");
    private static final Pattern NOTICE = Pattern.compile("告知|通知|公告");
    private static final Pattern CONSENT = Pattern.compile("同意|授权");

    Pipl14Reconsent() {
        super("PIPL-14-2", Severity.ERROR, RuleGroup.NOTICE, Reliability.VERBATIM);
    }

    @Override
    public void check(LintContext context) {
        ChangePolicy changes = context.policy().changes();
        if (changes != null && !changes.reconsent() && changes.materialChanges().stream().anyMatch(c ->
                c.kind() == MaterialChangeKind.PURPOSE || c.kind() == MaterialChangeKind.PROCESSING_METHOD
                        || c.kind() == MaterialChangeKind.DATA_CATEGORIES)) {
            context.reportVariant(this, "changes", "/changes/reconsent", null);
        }
        for (TextAt text : context.texts("/clauses")) {
            String zh = text.zh();
            if (PURPOSE.matcher(zh).find() && NOTICE.matcher(zh).find() && !CONSENT.matcher(zh).find()) {
                String owner = text.owner(context);
                context.reportVariant(this, "notice-only", text.pointer(), owner, owner);
            }
        }
    }
}
