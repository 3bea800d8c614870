package io.github.ppm.core.build;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.io.OutputFiles;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.lint.LintConfig;
import io.github.ppm.core.lint.LintOptions;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.Validation;
import io.github.ppm.model.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ppm build}: everything for one policy in one folder, with an {@code index.html} linking it.
 * Reads and validates the policy, runs each {@link OutputProducer} of the options in order, then
 * writes the index. When the policy cannot be read or has errors only the validation report is
 * written: the other outputs would show a policy that is not what it says, and some (RDF/XML, HTML)
 * cannot carry every error a validation finds, such as a control character in a text. The lint
 * report uses the project's {@code .ppm-lint.yaml} exactly as {@code ppm lint} does.
 *
 * <pre>{@code
 * BuildResult result = Build.run(Path.of("policy.yaml"), Path.of("site"));
 * }</pre>
 */
public final class Build {
    /**
     * The producers ppm build runs, in order. This list is the extension point: the lint report
     * ({@code core.lint}, as {@code ppm lint} prints it) and the RDF exports ({@code core.rdf}:
     * Turtle, JSON-LD, N-Triples, RDF/XML) are added here as two more producers once those
     * packages are merged.
     */
    public static final List<OutputProducer> DEFAULT_PRODUCERS = List.of(
            ReportProducer.validation(),
            ReportProducer.lint(),
            new TablesProducer(),
            new StoreLabelsProducer(),
            new RdfProducer());

    private static final Text INDEX_GROUP = new Text("索引", "Index");

    private Build() {
    }

    /** Builds with the default producers. */
    public static BuildResult run(Path policyFile, Path outputDir) throws IOException {
        return run(policyFile, outputDir, BuildOptions.defaults());
    }

    /**
     * Builds into {@code outputDir}.
     *
     * @throws io.github.ppm.core.io.UnsafeOutputException when {@code outputDir} is the file-system
     *         root or the home folder, or holds a symbolic link where an output goes
     * @throws java.nio.file.NotDirectoryException when {@code outputDir} is a file
     */
    public static BuildResult run(Path policyFile, Path outputDir, BuildOptions options) throws IOException {
        OutputFiles.checkOutputFolder(outputDir);
        Validation validation = PolicyValidator.read(policyFile);
        Parsed<LintOptions> lint = LintConfig.resolve(policyFile, Path.of("").toAbsolutePath(), options.lintConfig(),
                options.lintFlags());
        Files.createDirectories(outputDir);
        BuildInput input = new BuildInput(policyFile, validation, lint, outputDir);
        List<Output> outputs = new ArrayList<>();
        for (OutputProducer producer : options.producers()) {
            if (producer.needsPolicy() && !validation.valid()) {
                continue;
            }
            outputs.addAll(producer.produce(input));
        }
        input.write("index.html", IndexPage.render(input, outputs));
        outputs.add(new Output("index.html", INDEX_GROUP, INDEX_GROUP, "HTML", Report.empty()));
        return new BuildResult(outputDir, outputs, validation.report());
    }
}
