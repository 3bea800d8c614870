package io.github.ppm.core.build;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.io.OutputFiles;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.model.Policy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What every producer gets: the policy file as read, its validation report, and the folder to
 * write into.
 *
 * @param policyFile the policy file
 * @param parsed     the result of reading it
 * @param validation the read and validation findings
 * @param outputDir  the folder of the build
 */
public record BuildInput(Path policyFile, Parsed<Policy> parsed, Report validation, Path outputDir) {
    public BuildInput {
        Objects.requireNonNull(policyFile, "policyFile");
        Objects.requireNonNull(parsed, "parsed");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(outputDir, "outputDir");
    }

    /** The policy; only for producers that {@link OutputProducer#needsPolicy() need} one. */
    public Policy policy() {
        return parsed.orThrow();
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
