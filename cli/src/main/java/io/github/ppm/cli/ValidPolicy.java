package io.github.ppm.cli;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.core.validate.Validation;
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
    static ValidatedPolicy read(CommandSpec spec, Path file, ReportOptions.Lang lang) {
        Validation validation = PolicyValidator.read(file);
        if (!validation.valid()) {
            Report report = validation.report();
            spec.commandLine().getErr().print(ReportWriter.of(ReportFormat.HUMAN, lang.name()).write(report));
            return null;
        }
        return validation.policy();
    }
}
