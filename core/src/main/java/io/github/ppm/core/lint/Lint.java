package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.diag.Suggestions;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.SourceMap;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.core.validate.Validation;
import io.github.ppm.model.Policy;
import io.github.ppm.model.Suppression;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the compliance rules over a policy. Validation comes first: rules only see a policy whose
 * structure and references are sound. Then the project's options switch rules off or change their
 * severity, and the policy's own suppressions silence findings, each with a reason. A suppression
 * that silences nothing, or names no rule, is itself reported.
 */
public final class Lint {
    private Lint() {
    }

    /**
     * Validates, then lints. When validation fails the result carries the validation findings and
     * {@link LintResult#valid()} is false.
     */
    public static LintResult run(Parsed<Policy> parsed, LintOptions options) {
        return run(PolicyValidator.check(parsed), options);
    }

    /** As {@link #run(Parsed, LintOptions)}, for a caller that has already validated. */
    public static LintResult run(Validation validation, LintOptions options) {
        if (!validation.valid()) {
            return new LintResult(validation.report(), false);
        }
        return new LintResult(validation.report().plus(lint(validation.policy(), options)), true);
    }

    /** The compliance findings of a validated policy (without its validation findings). */
    public static Report lint(ValidatedPolicy valid, LintOptions options) {
        Policy policy = valid.policy();
        SourceMap map = valid.sourceMap();
        LintContext context = new LintContext(valid);
        for (Rule rule : Rules.all()) {
            if (!options.disabled().contains(rule.meta().id())) {
                rule.check(context);
            }
        }
        List<Finding> findings = context.findings();
        List<Diagnostic> out = new ArrayList<>();
        boolean[] used = new boolean[policy.suppressions().size()];
        for (Finding f : findings) {
            int by = suppressor(policy.suppressions(), f);
            if (by >= 0) {
                used[by] = true;
                continue;
            }
            out.add(new Diagnostic(f.rule().id(), options.severityOf(f.rule()), f.message(), f.help(),
                    map.locate(f.pointer()), f.related().stream().map(map::locate).toList()));
        }
        for (int i = 0; i < used.length; i++) {
            Suppression s = policy.suppressions().get(i);
            String at = "/suppressions/" + i;
            if (Rules.byId(s.rule()).isEmpty()) {
                out.add(new Diagnostic("PPM-LINT-UNKNOWN-RULE", Severity.ERROR, Messages.of("PPM-LINT-UNKNOWN-RULE", s.rule()),
                        LintConfig.suggestion(s.rule()), map.locate(at + "/rule"), List.of()));
            } else if (!used[i] && !options.disabled().contains(s.rule())) {
                String key = s.target() == null ? "PPM-LINT-SUPPRESSION-UNUSED" : "PPM-LINT-SUPPRESSION-UNUSED.target";
                out.add(new Diagnostic("PPM-LINT-SUPPRESSION-UNUSED", Severity.WARNING,
                        Messages.of(key, s.rule(), s.target()), targetHelp(context, s), map.locate(at), List.of()));
            }
        }
        return new Report(out);
    }

    private static io.github.ppm.model.Text targetHelp(LintContext context, Suppression s) {
        if (s.target() == null) {
            return Messages.help("PPM-LINT-SUPPRESSION-UNUSED");
        }
        List<String> targets = context.findings().stream()
                .filter(f -> f.rule().id().equals(s.rule()) && f.target() != null)
                .map(Finding::target).distinct().toList();
        return Suggestions.closest(s.target(), targets)
                .map(t -> Messages.of("PPM-LINT-SUPPRESSION-UNUSED.suggest", t))
                .orElse(Messages.help("PPM-LINT-SUPPRESSION-UNUSED"));
    }

    private static int suppressor(List<Suppression> suppressions, Finding f) {
        for (int i = 0; i < suppressions.size(); i++) {
            Suppression s = suppressions.get(i);
            if (s.rule().equals(f.rule().id()) && (s.target() == null || s.target().equals(f.target()))) {
                return i;
            }
        }
        return -1;
    }
}
