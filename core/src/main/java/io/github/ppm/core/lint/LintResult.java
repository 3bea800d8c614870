package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Report;

/**
 * The outcome of {@link Lint#run}: the findings, and whether the policy was valid enough to lint.
 *
 * @param report the validation findings when invalid, else the lint findings
 * @param valid  false when validation failed and no rule ran
 */
public record LintResult(Report report, boolean valid) {
}
