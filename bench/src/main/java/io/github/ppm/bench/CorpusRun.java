package io.github.ppm.bench;

import io.github.ppm.core.generate.GeneratorOptions;
import io.github.ppm.core.generate.PolicyGenerator;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.lint.Lint;
import io.github.ppm.core.lint.LintOptions;
import io.github.ppm.core.lint.LintResult;
import io.github.ppm.core.rdf.Rdf;
import io.github.ppm.core.rdf.RdfFormat;
import io.github.ppm.core.rdf.RdfOptions;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.Validation;
import io.github.ppm.model.Policy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The corpus run: writes N generated policies to a folder, then reads, validates, lints and exports
 * (N-Triples) every one of them on all cores, and prints throughput and peak heap. Run it with the
 * heap bound it is meant to meet, e.g. {@code java -Xmx1g -cp benchmarks.jar io.github.ppm.bench.CorpusRun 10000};
 * optional arguments: threads (default: all cores) and the corpus format, {@code yaml} (default) or
 * {@code json}.
 */
public final class CorpusRun {
    private CorpusRun() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Format format = args.length > 2 ? Format.valueOf(args[2].toUpperCase(Locale.ROOT)) : Format.YAML;
        Path folder = Files.createTempDirectory("ppm-corpus");
        long bytes = generate(folder, count, format);
        System.gc();
        resetPeaks();

        long start = System.nanoTime();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = IntStream.range(0, threads).<Future<?>>mapToObj(t -> pool.submit(() -> {
                for (int i = t; i < count; i += threads) {
                    if (!process(folder.resolve(name(i, format)))) {
                        errors.incrementAndGet();
                    }
                }
            })).toList();
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("policies=%d threads=%d format=%s corpus-bytes=%d seconds=%.2f policies-per-second=%.0f "
                        + "peak-heap-mib=%.0f max-heap-mib=%.0f invalid=%d%n",
                count, threads, format.name().toLowerCase(Locale.ROOT), bytes, seconds, count / seconds,
                peakHeap() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0, errors.get());
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(folder);
    }

    /** Read, validate, lint, export: true when the policy was valid. */
    static boolean process(Path file) {
        Validation validation = PolicyValidator.check(PolicyIO.read(file));
        LintResult lint = Lint.run(validation, LintOptions.DEFAULT);
        if (lint.valid()) {
            Rdf.write(validation.policy(), RdfFormat.NTRIPLES, RdfOptions.DEFAULT, OutputStream.nullOutputStream());
        }
        return lint.valid();
    }

    private static long generate(Path folder, int count, Format format) {
        long total = 0;
        for (int i = 0; i < count; i++) {
            Policy policy = PolicyGenerator.generate(new GeneratorOptions(i, 8, 6, 6, 5, 4, true));
            byte[] text = PolicyIO.write(policy, format).getBytes(StandardCharsets.UTF_8);
            try {
                Files.write(folder.resolve(name(i, format)), text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            total += text.length;
        }
        return total;
    }

    private static String name(int i, Format format) {
        return String.format(Locale.ROOT, "policy-%05d.%s", i, format == Format.JSON ? "json" : "yaml");
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the reset: an upper bound of the heap in use at any moment. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
