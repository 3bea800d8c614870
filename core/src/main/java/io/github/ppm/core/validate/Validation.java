package io.github.ppm.core.validate;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.io.DocumentException;

/**
 * The outcome of validating a policy: its findings, and the validated policy when none of them is
 * an error.
 *
 * @param report every read and validation finding
 * @param policy the validated policy, or {@code null} when the report has errors
 */
public record Validation(Report report, ValidatedPolicy policy) {
    public boolean valid() {
        return policy != null;
    }

    /** The validated policy, or a {@link DocumentException} carrying the findings when it is invalid. */
    public ValidatedPolicy orThrow() {
        if (policy == null) {
            throw new DocumentException(report);
        }
        return policy;
    }
}
