package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which rules run and how serious their findings are, from a project file and the command line.
 *
 * @param disabled   ids of rules that do not run
 * @param severities ids of rules whose findings get another severity
 */
public record LintOptions(Set<String> disabled, Map<String, Severity> severities) {
    /** Every rule on, at its default severity. */
    public static final LintOptions DEFAULT = new LintOptions(Set.of(), Map.of());

    public LintOptions {
        disabled = Set.copyOf(disabled);
        severities = Map.copyOf(severities);
    }

    public LintOptions withDisabled(String ruleId) {
        Set<String> more = new TreeSet<>(disabled);
        more.add(ruleId);
        return new LintOptions(more, severities);
    }

    public LintOptions withSeverity(String ruleId, Severity severity) {
        Map<String, Severity> more = new LinkedHashMap<>(severities);
        more.put(ruleId, severity);
        return new LintOptions(disabled, more);
    }

    /** These options with {@code later}'s added on top (the command line over the project file). */
    public LintOptions plus(LintOptions later) {
        LintOptions result = this;
        for (String id : later.disabled) {
            result = result.withDisabled(id);
        }
        for (Map.Entry<String, Severity> e : later.severities.entrySet()) {
            result = result.withSeverity(e.getKey(), e.getValue());
        }
        return result;
    }

    /** The severity findings of {@code rule} get. */
    public Severity severityOf(RuleMeta rule) {
        return severities.getOrDefault(rule.id(), rule.severity());
    }

    /** The rule ids these options name that no rule has. */
    public Set<String> unknownIds() {
        Set<String> unknown = new TreeSet<>(disabled);
        unknown.addAll(severities.keySet());
        unknown.removeIf(id -> Rules.byId(id).isPresent());
        return unknown;
    }
}
