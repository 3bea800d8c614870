package io.github.ppm.core.validate;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.SourceMap;
import io.github.ppm.core.taxonomy.Taxonomy;
import io.github.ppm.model.Policy;
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

    /** The read errors of {@code parsed}, or, when it was read, the validation findings. */
    public static Report validate(Parsed<Policy> parsed) {
        if (!parsed.ok()) {
            return parsed.report();
        }
        return parsed.report().plus(validate(parsed.value(), parsed.sourceMap()));
    }

    /** Validates a policy built in code or read elsewhere; {@code map} places the findings. */
    public static Report validate(Policy policy, SourceMap map) {
        List<Diagnostic> findings = new ArrayList<>(BeanChecks.check(policy, map));
        ReferenceChecks.check(policy, Taxonomy.forPolicy(policy), map, findings);
        TextChecks.check(policy, map, findings);
        return new Report(findings);
    }
}
