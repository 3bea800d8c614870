package io.github.ppm.cli;

import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.diff.DiffWriter;
import io.github.ppm.core.diff.Diffs;
import io.github.ppm.core.diff.PolicyDiff;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.Validation;
import java.nio.file.Path;
import java.util.Locale;

/** The work of {@code ppm diff}, out of picocli's sight. */
final class DiffRun {
    private DiffRun() {
    }

    record Result(int exitCode, String text) {
    }

    static Result run(Path before, Path after, String format, String lang) {
        // Both versions must be valid: a verdict on a broken policy would rest on references that do not resolve.
        Validation a = PolicyValidator.read(before);
        Validation b = PolicyValidator.read(after);
        if (!a.valid() || !b.valid()) {
            ReportFormat reportFormat = "json".equals(format) ? ReportFormat.JSON : ReportFormat.HUMAN;
            return new Result(Main.EXIT_INVALID, ReportWriter.of(reportFormat, lang).write(a.report().plus(b.report())));
        }
        PolicyDiff diff = Diffs.compare(a.policy(), b.policy());
        String text = new DiffWriter(DiffWriter.Format.valueOf(format.toUpperCase(Locale.ROOT)), lang).write(diff);
        return new Result(diff.material() ? DiffCommand.EXIT_MATERIAL : 0, text);
    }
}
