package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.ExpiryAction;
import io.github.ppm.model.RetentionRule;
import io.github.ppm.model.RetentionTrigger;
import java.util.List;
import java.util.Objects;

/**
 * CONSIST-RETENTION: the same data must not be both deleted after verification and kept by the
 * same holder. Statements scoped to different holders (an SDK provider deletes, the handler keeps)
 * do not contradict each other.
 */
final class ConsistRetention extends BaseRule {
    ConsistRetention() {
        super("CONSIST-RETENTION", Severity.WARNING, RuleGroup.CONSISTENCY, Reliability.DERIVED);
    }

    @Override
    public void check(LintContext context) {
        List<RetentionRule> rules = context.policy().retention();
        for (int i = 0; i < rules.size(); i++) {
            RetentionRule deleted = rules.get(i);
            if (!Facts.deletes(deleted.action()) || !deleted.triggers().contains(RetentionTrigger.VERIFICATION_DONE)) {
                continue;
            }
            for (int j = 0; j < rules.size(); j++) {
                RetentionRule kept = rules.get(j);
                if (kept.action() != ExpiryAction.KEEP || !Objects.equals(kept.holder(), deleted.holder())) {
                    continue;
                }
                List<CategoryKey> both = deleted.data().stream().filter(d -> kept.data().stream()
                        .anyMatch(k -> d.isWithin(k) || k.isWithin(d))).toList();
                if (!both.isEmpty()) {
                    context.reportRelated(this, null, "/retention/" + j, kept.id().value(), List.of("/retention/" + i),
                            kept.id().value(), deleted.id().value(), Facts.list(both));
                }
            }
        }
    }
}
