package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.DataSource;
import io.github.ppm.model.Party;
import io.github.ppm.model.Policy;
import io.github.ppm.model.ProcessingActivity;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Credit reporting: 《征信业管理条例》 Art. 18. */
final class Sector {
    private Sector() {
    }

    /** CREDIT-18: querying a person's credit information needs their written consent. */
    static final class CreditQuery extends BaseRule {
        private static final Pattern WRITTEN = Pattern.compile("书面|授权书");

        CreditQuery() {
            super("CREDIT-18", Severity.WARNING, RuleGroup.SECTOR, Reliability.VERBATIM);
        }

        @Override
        public void check(LintContext context) {
            Policy policy = context.policy();
            Set<String> bureaus = policy.parties().stream()
                    .filter(p -> p.kind().value().startsWith("credit-reference-agency"))
                    .map(Party::id).map(Object::toString).collect(Collectors.toSet());
            if (context.anyTextMatches(WRITTEN.pattern())) {
                return;
            }
            for (int i = 0; i < policy.activities().size(); i++) {
                ProcessingActivity a = policy.activities().get(i);
                boolean fromBureau = a.sources().stream().map(DataSource::parties).flatMap(java.util.List::stream)
                        .anyMatch(p -> bureaus.contains(p.value()));
                if (fromBureau || Facts.anyWithin(a.categories(), "financial.credit.report")) {
                    context.report(this, "/activities/" + i, a.id().value(), a.id().value());
                    return;
                }
            }
        }
    }
}
