package io.github.ppm.core.build;

import io.github.ppm.core.diag.Report;
import java.nio.file.Path;
import java.util.List;

/**
 * What a build did.
 *
 * @param outputDir  the folder
 * @param outputs    every file written, the index last
 * @param validation the read and validation findings of the policy
 */
public record BuildResult(Path outputDir, List<Output> outputs, Report validation) {
    public BuildResult {
        outputs = List.copyOf(outputs);
    }

    /** Whether the policy was read and is valid (the outputs may still carry warnings). */
    public boolean valid() {
        return !validation.hasErrors();
    }
}
