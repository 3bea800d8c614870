package io.github.ppm.core.build;

import io.github.ppm.core.lint.LintOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a build runs.
 *
 * @param producers  the producers, run in order; their outputs appear in the index in that order
 * @param lintConfig the lint project file to use instead of looking for {@code .ppm-lint.yaml}, or {@code null}
 * @param lintFlags  lint options given on the command line, applied over the project file
 */
public record BuildOptions(List<OutputProducer> producers, Path lintConfig, LintOptions lintFlags) {
    public BuildOptions {
        producers = List.copyOf(producers);
        java.util.Objects.requireNonNull(lintFlags, "lintFlags");
    }

    /** The producers ppm ships ({@link Build#DEFAULT_PRODUCERS}), the project's lint file, no flags. */
    public static BuildOptions defaults() {
        return new BuildOptions(Build.DEFAULT_PRODUCERS, null, LintOptions.DEFAULT);
    }

    public BuildOptions withProducers(List<OutputProducer> newProducers) {
        return new BuildOptions(newProducers, lintConfig, lintFlags);
    }

    public BuildOptions withLint(Path config, LintOptions flags) {
        return new BuildOptions(producers, config, flags);
    }

    /** These options with one more producer at the end. */
    public BuildOptions plus(OutputProducer producer) {
        List<OutputProducer> all = new ArrayList<>(producers);
        all.add(producer);
        return new BuildOptions(all, lintConfig, lintFlags);
    }
}
