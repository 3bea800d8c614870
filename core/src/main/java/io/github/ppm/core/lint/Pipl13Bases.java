package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.ConsentException;

/** PIPL-13-BASES: every consent exception must fall under one of the bases of PIPL Art. 13 para. 1 (2)–(7). */
final class Pipl13Bases extends BaseRule {
    Pipl13Bases() {
        super("PIPL-13-BASES", Severity.ERROR, RuleGroup.LEGAL_BASIS, Reliability.VERBATIM);
    }

    @Override
    public void check(LintContext context) {
        var exceptions = context.policy().consentExceptions();
        for (int i = 0; i < exceptions.size(); i++) {
            ConsentException e = exceptions.get(i);
            if (e.ground().piplBasis() == null) {
                context.report(this, "/consentExceptions/" + i + "/ground", e.id().value(), e.id().value(),
                        e.ground().citation());
            }
        }
    }
}
