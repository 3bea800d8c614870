package io.github.ppm.bench;

import io.github.ppm.core.generate.GeneratorOptions;
import io.github.ppm.core.generate.PolicyGenerator;
import io.github.ppm.core.query.NamedQueries;
import io.github.ppm.core.query.PolicyLoader;
import io.github.ppm.core.query.PolicyStore;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.ValidatedPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Cross-policy named queries over a TDB2 store of {@code policies} generated policies (loaded once
 * per trial, in batches of 500). Run:
 * {@code java -jar bench/target/benchmarks.jar StoreQueryBenchmark -f 1 -wi 2 -i 5 -r 5s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StoreQueryBenchmark {
    @Param("10000")
    public int policies;

    private Path folder;
    private PolicyStore store;
    private Query vendors;
    private Query location;

    @Setup(Level.Trial)
    public void load() throws IOException {
        folder = Files.createTempDirectory("ppm-store-bench");
        store = PolicyStore.open(folder);
        GeneratorOptions options = GeneratorOptions.DEFAULT.withHostile(false);
        for (int from = 0; from < policies; from += 500) {
            List<ValidatedPolicy> batch = new ArrayList<>();
            for (int i = from; i < Math.min(policies, from + 500); i++) {
                batch.add(PolicyValidator.check(PolicyGenerator.generate(options.withSeed(i))).orThrow());
            }
            PolicyLoader.loadPolicies(store, batch, PolicyLoader.Options.DEFAULT);
        }
        vendors = NamedQueries.get("sdk-vendors-by-policies").orElseThrow().bind();
        location = NamedQueries.get("policies-sharing-with-third-party").orElseThrow().bind(Map.of("category", "location"));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public int sdkVendorsByPolicies() {
        return store.select(vendors).size();
    }

    @Benchmark
    public int policiesSharingLocationWithThirdParties() {
        return store.select(location).size();
    }
}
