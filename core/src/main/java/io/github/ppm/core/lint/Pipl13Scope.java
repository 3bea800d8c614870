package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.ConsentException;
import io.github.ppm.model.ExceptionGround;
import io.github.ppm.model.LegalBasis;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PIPL-13-SCOPE: a consent exception worded more widely than the PIPL basis it maps to: life and
 * property without the emergency PIPL 13(4) requires, interests PIPL 13(4) does not name
 * (reputation), or a news organisation's ground used by a handler that is not one.
 */
final class Pipl13Scope extends BaseRule {
    private static final Pattern EMERGENCY = Pattern.compile("紧急|突发");
    private static final Pattern OTHER_INTEREST = Pattern.compile("声誉|名誉|荣誉|隐私");

    Pipl13Scope() {
        super("PIPL-13-SCOPE", Severity.WARNING, RuleGroup.LEGAL_BASIS, Reliability.VERBATIM);
    }

    @Override
    public void check(LintContext context) {
        var exceptions = context.policy().consentExceptions();
        for (int i = 0; i < exceptions.size(); i++) {
            ConsentException e = exceptions.get(i);
            String at = "/consentExceptions/" + i;
            String id = e.id().value();
            if (e.ground() == ExceptionGround.GBT_NEWS_ORGANISATION) {
                context.reportVariant(this, "news", at + "/ground", id, id);
            }
            if (e.ground().piplBasis() != LegalBasis.EMERGENCY) {
                continue;
            }
            if (!EMERGENCY.matcher(e.label().zh()).find()) {
                context.reportVariant(this, "emergency", at + "/label", id, id);
            }
            Matcher extra = OTHER_INTEREST.matcher(e.label().zh());
            if (extra.find()) {
                context.reportVariant(this, "interest", at + "/label", id, id, extra.group());
            }
        }
    }
}
