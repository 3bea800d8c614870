package io.github.ppm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.ppm.core.diag.Report;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each step of the pipeline on one policy (the flagship), with the baselines the targets are
 * stated against: Jackson's raw tree parse of the same bytes, and Jena writing the same graph
 * already built. {@code rawTreeParse} and {@code jenaWritePrebuiltNTriples} are the yardsticks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {
    /** Output that costs nothing, so the benchmark measures the writer, not the sink. */
    private static final OutputStream NULL = OutputStream.nullOutputStream();

    private byte[] yaml;
    private byte[] turtle;
    private ValidatedPolicy policy;
    private Parsed<Policy> parsed;
    private Graph prebuilt;
    private final ObjectMapper yamlTree = new ObjectMapper(new YAMLFactory());

    @Setup
    public void setUp() throws IOException {
        try (InputStream in = PipelineBenchmark.class.getResourceAsStream("/flagship/policy.yaml")) {
            yaml = in.readAllBytes();
        }
        parsed = PolicyIO.read("policy.yaml", yaml, Format.YAML);
        policy = PolicyValidator.check(parsed).orThrow();
        prebuilt = Rdf.graph(policy, RdfOptions.DEFAULT);
        turtle = Rdf.write(policy, RdfFormat.TURTLE, RdfOptions.DEFAULT).getBytes(StandardCharsets.UTF_8);
    }

    /** Baseline: Jackson parses the YAML into a tree, nothing more. */
    @Benchmark
    public JsonNode rawTreeParse() throws IOException {
        return yamlTree.readTree(yaml);
    }

    @Benchmark
    public Parsed<Policy> read() {
        return PolicyIO.read("policy.yaml", yaml, Format.YAML);
    }

    @Benchmark
    public Report readValidate() {
        return PolicyValidator.validate(PolicyIO.read("policy.yaml", yaml, Format.YAML));
    }

    /** The target: within 5x of {@link #rawTreeParse()}. */
    @Benchmark
    public LintResult readValidateLint() {
        return Lint.run(PolicyIO.read("policy.yaml", yaml, Format.YAML), LintOptions.DEFAULT);
    }

    @Benchmark
    public Report validate() {
        return PolicyValidator.validate(parsed);
    }

    @Benchmark
    public LintResult lint() {
        return Lint.run(parsed, LintOptions.DEFAULT);
    }

    /** The target: within 2x of {@link #jenaWritePrebuiltNTriples()}. */
    @Benchmark
    public void exportNTriples() {
        Rdf.write(policy, RdfFormat.NTRIPLES, RdfOptions.DEFAULT, NULL);
    }

    /** Baseline: Jena writes the same triples from a graph built beforehand. */
    @Benchmark
    public void jenaWritePrebuiltNTriples() {
        RDFDataMgr.write(NULL, prebuilt, RDFFormat.NTRIPLES_UTF8);
    }

    @Benchmark
    public void exportTurtle() {
        Rdf.write(policy, RdfFormat.TURTLE, RdfOptions.DEFAULT, NULL);
    }

    @Benchmark
    public void exportJsonLd() {
        Rdf.write(policy, RdfFormat.JSONLD, RdfOptions.DEFAULT, NULL);
    }

    @Benchmark
    public void exportRdfXml() {
        Rdf.write(policy, RdfFormat.RDFXML, RdfOptions.DEFAULT, NULL);
    }

    @Benchmark
    public Parsed<Policy> importTurtle() {
        return Rdf.read("policy.ttl", turtle, RdfFormat.TURTLE);
    }

    @Benchmark
    public void writeYaml(Blackhole hole) {
        hole.consume(PolicyIO.write(policy.policy(), Format.YAML));
    }
}
