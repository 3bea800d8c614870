package io.github.ppm.core.query;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.rdf.Rdf;
import io.github.ppm.core.rdf.RdfOptions;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.core.validate.Validation;
import io.github.ppm.model.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Loads policy files into a {@link PolicyStore}: each file is read and validated, a valid one
 * replaces its policy's graph, an invalid one is skipped with its report. Graphs are written in
 * batches, one write transaction per batch, which is what makes loading thousands fast.
 */
public final class PolicyLoader {
    private PolicyLoader() {
    }

    /**
     * How to load.
     *
     * @param rdf       how policies become RDF (the base IRI of graph names)
     * @param batchSize policies per write transaction
     */
    public record Options(RdfOptions rdf, int batchSize) {
        /** The default base IRI, 500 policies per transaction. */
        public static final Options DEFAULT = new Options(RdfOptions.DEFAULT, 500);

        public Options {
            Objects.requireNonNull(rdf, "rdf");
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
            }
        }

        public Options withRdf(RdfOptions value) {
            return new Options(value, batchSize);
        }

        public Options withBatchSize(int value) {
            return new Options(rdf, value);
        }
    }

    /** Told after each file, e.g. to draw a progress bar. */
    @FunctionalInterface
    public interface Progress {
        /** {@code done} of {@code total} files have been read. */
        void update(int done, int total);
    }

    /** A file that was not loaded, with why. */
    public record Skipped(Path file, Report report) {
    }

    /** Two files holding the same policy (the same graph name): a load that finds one writes nothing. */
    public record Duplicate(String graph, Path first, Path second) {
    }

    /**
     * What a load did.
     *
     * @param files      the policy files found
     * @param loaded     policies written
     * @param replaced   of those, policies whose graph was already there and was replaced
     * @param skipped    invalid files, not loaded
     * @param duplicates policies found in two files; when there is one, nothing was loaded
     * @param nanos      the time it took
     */
    public record Result(int files, int loaded, int replaced, List<Skipped> skipped, List<Duplicate> duplicates,
            long nanos) {
        public Result {
            skipped = List.copyOf(skipped);
            duplicates = List.copyOf(duplicates);
        }
    }

    /** The policy files in {@code inputs}: files as given, folders searched for {@code .yaml}, {@code .yml}, {@code .json}. */
    public static List<Path> files(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(PolicyLoader::isPolicyFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    private static boolean isPolicyFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /**
     * Loads {@code files} (already expanded by {@link #files}) into {@code store}. A first pass
     * reads every file for its policy's graph name only: two files with the same policy would
     * otherwise merge into one graph, so then nothing is loaded and the pairs are returned.
     */
    public static Result load(PolicyStore store, List<Path> files, Options options, Progress progress) {
        long start = System.nanoTime();
        List<Duplicate> duplicates = duplicates(files, options);
        if (!duplicates.isEmpty()) {
            return new Result(files.size(), 0, 0, List.of(), duplicates, System.nanoTime() - start);
        }
        List<PolicyStore.Graph> batch = new ArrayList<>(options.batchSize());
        List<Skipped> skipped = new ArrayList<>();
        int loaded = 0;
        int replaced = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Validation validation = PolicyValidator.read(file);
            if (!validation.valid()) {
                skipped.add(new Skipped(file, validation.report()));
            } else {
                ValidatedPolicy policy = validation.policy();
                String name = Rdf.policyIri(policy.policy(), options.rdf());
                if (store.contains(name)) {
                    replaced++;
                }
                batch.add(new PolicyStore.Graph(name, ModelFactory.createModelForGraph(Rdf.graph(policy, options.rdf()))));
                loaded++;
                if (batch.size() >= options.batchSize()) {
                    store.putAll(batch);
                    batch.clear();
                }
            }
            progress.update(i + 1, files.size());
        }
        if (!batch.isEmpty()) {
            store.putAll(batch);
        }
        return new Result(files.size(), loaded, replaced, skipped, List.of(), System.nanoTime() - start);
    }

    private static List<Duplicate> duplicates(List<Path> files, Options options) {
        Map<String, Path> firstFile = new HashMap<>();
        List<Duplicate> duplicates = new ArrayList<>();
        for (Path file : files) {
            Policy policy = PolicyIO.read(file).value();
            if (policy != null) {
                String name = Rdf.policyIri(policy, options.rdf());
                Path first = firstFile.putIfAbsent(name, file);
                if (first != null) {
                    duplicates.add(new Duplicate(name, first, file));
                }
            }
        }
        return duplicates;
    }

    /** Loads generated or otherwise in-memory policies, validated by the caller, in batches. */
    public static Result loadPolicies(PolicyStore store, List<ValidatedPolicy> policies, Options options) {
        long start = System.nanoTime();
        List<PolicyStore.Graph> batch = new ArrayList<>(options.batchSize());
        for (ValidatedPolicy policy : policies) {
            batch.add(new PolicyStore.Graph(Rdf.policyIri(policy.policy(), options.rdf()),
                    ModelFactory.createModelForGraph(Rdf.graph(policy, options.rdf()))));
            if (batch.size() >= options.batchSize()) {
                store.putAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            store.putAll(batch);
        }
        return new Result(policies.size(), policies.size(), 0, List.of(), List.of(), System.nanoTime() - start);
    }
}
