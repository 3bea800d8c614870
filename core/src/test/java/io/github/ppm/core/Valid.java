package io.github.ppm.core;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.core.validate.Validation;
import io.github.ppm.model.Policy;
import java.util.List;
import java.util.stream.Collectors;

/** Test fixtures pass the same boundary as every caller: validation, failing loudly when a fixture is broken. */
public final class Valid {
    private Valid() {
    }

    public static ValidatedPolicy of(Policy policy) {
        return orFail(PolicyValidator.check(policy), policy.id().value());
    }

    public static ValidatedPolicy of(Parsed<Policy> parsed) {
        return orFail(PolicyValidator.check(parsed), String.valueOf(parsed.sourceMap() == null ? "?" : parsed.sourceMap().file()));
    }

    public static List<ValidatedPolicy> all(List<Policy> policies) {
        return policies.stream().map(Valid::of).toList();
    }

    private static ValidatedPolicy orFail(Validation validation, String name) {
        if (!validation.valid()) {
            throw new AssertionError("fixture " + name + " is not valid:\n" + validation.report().diagnostics().stream()
                    .map(Diagnostic::toString).collect(Collectors.joining("\n")));
        }
        return validation.policy();
    }
}
