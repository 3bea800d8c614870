package io.github.ppm.core.build;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.io.OutputFiles;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.lint.LintOptions;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.core.validate.Validation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What every producer gets: the policy file, the outcome of validating it, the lint options of its
 * project, and the folder to write into.
 *
 * @param policyFile the policy file
 * @param validation the read and validation findings, with the validated policy when there are no errors
 * @param lint       the lint options ({@code .ppm-lint.yaml} and flags), or the project file's findings
 * @param outputDir  the folder of the build
 */
public record BuildInput(Path policyFile, Validation validation, Parsed<LintOptions> lint, Path outputDir) {
    public BuildInput {
        Objects.requireNonNull(policyFile, "policyFile");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(lint, "lint");
        Objects.requireNonNull(outputDir, "outputDir");
    }

    /** The read and validation findings. */
    public Report report() {
        return validation.report();
    }

    /** The validated policy; only for producers that {@link OutputProducer#needsPolicy() need} one. */
    public ValidatedPolicy policy() {
        return validation.orThrow();
    }

    /**
     * Writes UTF-8 text to {@code relative} inside the output folder, creating folders as needed,
     * all or nothing and never through a symbolic link ({@link OutputFiles#writeInside}).
     *
     * @throws IllegalArgumentException when the path would leave the output folder
     */
    public Path write(String relative, String content) throws IOException {
        return OutputFiles.writeInside(outputDir, relative, content);
    }
}
