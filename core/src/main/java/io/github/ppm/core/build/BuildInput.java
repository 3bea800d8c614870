package io.github.ppm.core.build;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.model.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
     * Writes UTF-8 text to {@code relative} inside the output folder, creating folders as needed.
     *
     * @throws IllegalArgumentException when the path would leave the output folder
     */
    public Path write(String relative, String content) throws IOException {
        Path root = outputDir.toAbsolutePath().normalize();
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("output path leaves the build folder: " + relative);
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, content, StandardCharsets.UTF_8);
        return target;
    }
}
