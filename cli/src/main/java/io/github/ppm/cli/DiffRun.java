package io.github.ppm.cli;

import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.diff.DiffWriter;
import io.github.ppm.core.diff.Diffs;
import io.github.ppm.core.diff.PolicyDiff;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.model.Policy;
import java.nio.file.Path;
import java.util.Locale;

/** The work of {@code ppm diff}, out of picocli's sight. */
final class DiffRun {
    private DiffRun() {
    }

    record Result(int exitCode, String text) {
    }

    static Result run(Path before, Path after, String format, String lang) {
        Parsed<Policy> a = PolicyIO.read(before);
        Parsed<Policy> b = PolicyIO.read(after);
        if (!a.ok() || !b.ok()) {
            ReportFormat reportFormat = "json".equals(format) ? ReportFormat.JSON : ReportFormat.HUMAN;
            return new Result(Main.EXIT_INVALID, ReportWriter.of(reportFormat, lang).write(a.report().plus(b.report())));
        }
        PolicyDiff diff = Diffs.compare(a.value(), b.value());
        String text = new DiffWriter(DiffWriter.Format.valueOf(format.toUpperCase(Locale.ROOT)), lang).write(diff);
        return new Result(diff.material() ? DiffCommand.EXIT_MATERIAL : 0, text);
    }
}
