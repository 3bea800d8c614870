package io.github.ppm.cli;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.model.Policy;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** The first step of every command that turns a policy into something else: it must be valid. */
final class ValidPolicy {
    private ValidPolicy() {
    }

    /**
     * Reads and validates {@code file}; when it has errors, prints them to standard error in
     * {@code lang} and returns null, and the command exits with {@link Main#EXIT_INVALID}.
     */
    static Parsed<Policy> read(CommandSpec spec, Path file, ReportOptions.Lang lang) {
        Parsed<Policy> parsed = PolicyIO.read(file);
        Report report = PolicyValidator.validate(parsed);
        if (report.hasErrors()) {
            spec.commandLine().getErr().print(ReportWriter.of(ReportFormat.HUMAN, lang.name()).write(report));
            return null;
        }
        return parsed;
    }
}
