package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.Policy;
import io.github.ppm.model.ProcessingActivity;
import java.util.List;

/**
 * PIPL-17-1: the notice must name the handler with a contact, and give each scenario's purposes
 * and the categories of data it processes. A scenario counts together with its steps.
 */
final class Pipl17Notice extends BaseRule {
    Pipl17Notice() {
        super("PIPL-17-1", Severity.ERROR, RuleGroup.NOTICE, Reliability.VERBATIM);
    }

    @Override
    public void check(LintContext context) {
        Policy policy = context.policy();
        if (policy.controller().contacts().isEmpty()) {
            context.reportVariant(this, "contact", "/controller", null);
        }
        for (int i = 0; i < policy.activities().size(); i++) {
            ProcessingActivity a = policy.activities().get(i);
            if (a.parent() != null) {
                continue;
            }
            List<ProcessingActivity> tree = context.index().withDescendants(List.of(a.id()));
            boolean purposes = tree.stream().anyMatch(x -> !x.purposes().isEmpty()
                    || x.collects().stream().anyMatch(c -> !c.purposes().isEmpty()));
            boolean data = tree.stream().anyMatch(x -> !x.collects().isEmpty() || !x.collectsFrom().isEmpty());
            String at = "/activities/" + i;
            if (!purposes) {
                context.reportVariant(this, "purpose", at, a.id().value(), a.id().value());
            }
            if (!data) {
                context.reportVariant(this, "data", at, a.id().value(), a.id().value());
            }
        }
    }
}
