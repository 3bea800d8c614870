package io.github.ppm.bench;

import io.github.ppm.core.generate.GeneratorOptions;
import io.github.ppm.core.generate.PolicyGenerator;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.lint.Lint;
import io.github.ppm.core.lint.LintOptions;
import io.github.ppm.core.lint.LintResult;
import io.github.ppm.core.rdf.Rdf;
import io.github.ppm.core.rdf.RdfFormat;
import io.github.ppm.core.rdf.RdfOptions;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.Policy;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How each step grows with policy size: a generated policy of the corpus run's size times
 * {@code scale} (scenarios, SDKs, parties, disclosures and retention rules all scaled). Linear
 * growth shows as the same time per KB at every scale.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ScalingBenchmark {
    @Param({"1", "4", "16"})
    public int scale;

    private byte[] yaml;
    private Parsed<Policy> parsed;
    private ValidatedPolicy valid;

    @Setup
    public void setUp() {
        yaml = yaml(scale);
        parsed = PolicyIO.read("policy.yaml", yaml, Format.YAML);
        valid = PolicyValidator.check(parsed).orThrow();
    }

    /** The policy of a scale, as YAML; the same bytes every time (the summary divides by their size). */
    static byte[] yaml(int scale) {
        GeneratorOptions base = GeneratorOptions.DEFAULT.withSeed(1);
        Policy policy = PolicyGenerator.generate(new GeneratorOptions(1, base.activities() * scale,
                base.sdks() * scale, base.parties() * scale, base.disclosures() * scale,
                base.retention() * scale, true));
        return PolicyIO.write(policy, Format.YAML).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public Parsed<Policy> read() {
        return PolicyIO.read("policy.yaml", yaml, Format.YAML);
    }

    @Benchmark
    public LintResult validateLint() {
        return Lint.run(parsed, LintOptions.DEFAULT);
    }

    @Benchmark
    public void exportNTriples() {
        Rdf.write(valid, RdfFormat.NTRIPLES, RdfOptions.DEFAULT, OutputStream.nullOutputStream());
    }
}
