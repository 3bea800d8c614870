package io.github.ppm.core.validate;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.io.SourceMap;
import io.github.ppm.core.taxonomy.Taxonomy;
import io.github.ppm.model.Policy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Validates a policy's structure and references; compliance rules live in the lint package. */
public final class PolicyValidator {
    private PolicyValidator() {
    }

    /**
     * Bootstraps the bean validator and loads the built-in taxonomy. Both happen on first use
     * anyway; a command line calls this on a spare core while it parses arguments and reads the
     * policy, so that the two overlap.
     */
    public static void prepare() {
        BeanChecks.prepare();
        Taxonomy.builtIn();
    }

    /** Reads {@code file} (YAML or JSON) and validates it. */
    public static Validation read(Path file) {
        return check(PolicyIO.read(file));
    }

    /**
     * Validates what was read: the read errors of {@code parsed} when it could not be read, else
     * the validation findings, with the {@link ValidatedPolicy} when none of them is an error.
     */
    public static Validation check(Parsed<Policy> parsed) {
        if (!parsed.ok()) {
            return new Validation(parsed.report(), null);
        }
        return check(parsed.value(), parsed.sourceMap(), parsed.report());
    }

    /** Validates a policy built in code or read elsewhere; {@code map} places the findings. */
    public static Validation check(Policy policy, SourceMap map) {
        return check(policy, map, Report.empty());
    }

    /** Validates a policy built in code; findings are placed by JSON pointer only. */
    public static Validation check(Policy policy) {
        return check(policy, SourceMap.none(policy.id().value()));
    }

    private static Validation check(Policy policy, SourceMap map, Report readFindings) {
        Taxonomy taxonomy = Taxonomy.forPolicy(policy);
        List<Diagnostic> findings = new ArrayList<>(BeanChecks.check(policy, map));
        ReferenceChecks.check(policy, taxonomy, map, findings);
        TextChecks.check(policy, map, findings);
        Report report = readFindings.plus(new Report(findings));
        return new Validation(report, report.hasErrors() ? null : new ValidatedPolicy(policy, map, report, taxonomy));
    }

    /** The read errors of {@code parsed}, or, when it was read, the validation findings. */
    public static Report validate(Parsed<Policy> parsed) {
        return check(parsed).report();
    }

    /** The validation findings of a policy built in code or read elsewhere; {@code map} places them. */
    public static Report validate(Policy policy, SourceMap map) {
        return check(policy, map).report();
    }
}
