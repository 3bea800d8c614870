package io.github.ppm.bench;

import io.github.ppm.core.generate.GeneratorOptions;
import io.github.ppm.core.generate.PolicyGenerator;
import io.github.ppm.core.query.NamedQueries;
import io.github.ppm.core.query.NamedQuery;
import io.github.ppm.core.query.PolicyLoader;
import io.github.ppm.core.query.PolicyStore;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.ValidatedPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The store run: loads N generated policies into a fresh TDB2 store (batches of 500, one write
 * transaction each, generation not counted), then runs cross-policy named queries over all of them
 * and prints load throughput, the store's size on disk and query latency (median of 5 runs after
 * one warm-up). Run: {@code java -Xmx2g -cp bench/target/benchmarks.jar io.github.ppm.bench.StoreRun 10000}.
 */
public final class StoreRun {
    private static final int BATCH = 500;

    private StoreRun() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path folder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("ppm-store");
        GeneratorOptions options = GeneratorOptions.DEFAULT.withHostile(false);
        long loadNanos = 0;
        try (PolicyStore store = PolicyStore.open(folder)) {
            for (int from = 0; from < count; from += BATCH) {
                List<ValidatedPolicy> batch = new ArrayList<>(BATCH);
                for (int i = from; i < Math.min(count, from + BATCH); i++) {
                    batch.add(PolicyValidator.check(PolicyGenerator.generate(options.withSeed(i))).orThrow());
                }
                loadNanos += PolicyLoader.loadPolicies(store, batch, PolicyLoader.Options.DEFAULT.withBatchSize(BATCH)).nanos();
            }
            long triples = store.size();
            double seconds = loadNanos / 1e9;
            System.out.printf("policies=%d triples=%d load-seconds=%.1f policies-per-second=%.0f triples-per-second=%.0f"
                    + " store-mib=%.0f%n", count, triples, seconds, count / seconds, triples / seconds,
                    diskBytes(folder) / 1048576.0);
            query(store, "sdk-vendors-by-policies", Map.of());
            query(store, "policies-sharing-with-third-party", Map.of("category", "location"));
            query(store, "sensitive-data-shared-per-policy", Map.of());
            query(store, "sdks-receiving", Map.of("category", "device.identifier.imei"));
        }
        if (args.length <= 1) {
            delete(folder);
        }
    }

    private static void query(PolicyStore store, String name, Map<String, String> params) {
        NamedQuery named = NamedQueries.get(name).orElseThrow();
        int rows = store.select(named.bind(params)).size();
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            store.select(named.bind(params));
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("query=%s params=%s rows=%d median-ms=%.0f min-ms=%.0f max-ms=%.0f%n", name, params, rows,
                ms[2], ms[0], ms[4]);
    }

    static long diskBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
