package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;

/** Holds a rule's metadata; subclasses only implement {@link #check}. */
abstract class BaseRule implements Rule {
    private final RuleMeta meta;

    BaseRule(String id, Severity severity, RuleGroup group, Reliability reliability) {
        this.meta = new RuleMeta(id, severity, group, reliability, Rules.SINCE);
    }

    @Override
    public final RuleMeta meta() {
        return meta;
    }
}
