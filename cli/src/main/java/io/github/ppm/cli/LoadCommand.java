package io.github.ppm.cli;

import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ppm load}: many policies into a TDB2 store, one named graph per policy. */
@Command(name = "load",
        description = {
            "Load policies into a TDB2 store for `ppm query --store` and `ppm serve`: each file is read and",
            "validated, an invalid one is reported and skipped; each valid policy becomes one named graph",
            "(named by its IRI), and loading a policy again replaces its graph. Folders are searched for",
            ".yaml, .yml and .json files. Graphs are written in batches, one transaction per batch."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ppm load examples/jinshang-consumer-finance/policy.yaml generated/ --store store/",
            "  ppm load policies/ --store store/ --batch 1000 --progress",
            "",
            "A progress bar goes to standard error when it is a terminal (or with --progress); the summary",
            "line is always printed. Each batch replaces its graphs in one transaction: a",
            "load killed midway leaves each policy old or new, never gone. The store's",
            "folder must be new, empty or a store ppm made (it holds ppm-store.txt).",
            "Exit code 0 when every file loaded, 3 when some were skipped or a policy is",
            "in two files (then nothing is loaded), 2 for a usage error, 1 when another",
            "process (e.g. `ppm serve`) has the store."
        },
        mixinStandardHelpOptions = true)
final class LoadCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Policy files or folders of them.")
    private List<Path> inputs;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store's folder (created if absent or empty).")
    private Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "https://w3id.org/ppm/policy/",
            description = "Base of instance and graph IRIs. Default: ${DEFAULT-VALUE}.")
    private String base;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "500",
            description = "Policies per write transaction. Default: ${DEFAULT-VALUE}.")
    private int batch;

    @Option(names = "--progress", description = "Draw the progress bar even when standard error is not a terminal.")
    private boolean progress;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "en",
            description = "Language of findings: zh or en. Default: ${DEFAULT-VALUE}.")
    private ReportOptions.Lang lang;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                err.println("ppm load: no such file or folder " + input);
                return 2;
            }
        }
        if (batch < 1) {
            err.println("ppm load: --batch must be at least 1");
            return 2;
        }
        if (!RdfBridge.validBase(base)) {
            err.println("ppm load: --base `" + base + "` must be an absolute IRI ending with / or #");
            return 2;
        }
        ProgressBar bar = progress || System.console() != null ? new ProgressBar(err) : null;
        StoreBridge.LoadSummary summary;
        try {
            summary = StoreBridge.load(inputs, store, base, batch, (done, total) -> {
                if (bar != null) {
                    bar.update(done, total);
                }
            });
        } catch (StoreBridge.UsageException e) {
            err.println("ppm load: " + e.getMessage());
            return 2;
        }
        if (bar != null) {
            bar.finish();
        }
        if (!summary.duplicates().isEmpty()) {
            for (String duplicate : summary.duplicates()) {
                err.println("ppm load: " + duplicate);
            }
            err.println("ppm load: nothing was loaded; keep one file per policy");
            return Main.EXIT_INVALID;
        }
        ReportWriter writer = ReportWriter.of(ReportFormat.HUMAN, lang.name());
        for (int i = 0; i < summary.skippedFiles().size(); i++) {
            err.println("ppm load: skipped " + summary.skippedFiles().get(i) + ", it is invalid:");
            err.print(writer.write(summary.skippedReports().get(i)));
        }
        err.flush();
        double seconds = summary.nanos() / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(Locale.ROOT,
                "loaded %d of %d policies (%d replaced, %d skipped as invalid) in %.1f s, %.0f policies/s;"
                        + " the store %s holds %d policies, %d triples",
                summary.loaded(), summary.files(), summary.replaced(), summary.skippedFiles().size(), seconds,
                seconds > 0 ? summary.loaded() / seconds : 0.0, store, summary.graphs(), summary.triples()));
        out.flush();
        return summary.skippedFiles().isEmpty() ? 0 : Main.EXIT_INVALID;
    }

    /** A one-line bar redrawn with a carriage return, at most ten times a second. */
    static final class ProgressBar {
        private static final int WIDTH = 30;
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private long last;

        ProgressBar(PrintWriter err) {
            this.err = err;
        }

        void update(int done, int total) {
            long now = System.nanoTime();
            if (done < total && now - last < 100_000_000L) {
                return;
            }
            last = now;
            int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
            double rate = done / Math.max(1e-9, (now - start) / 1e9);
            err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d files %3d%% %.0f/s", "#".repeat(filled),
                    "-".repeat(WIDTH - filled), done, total, total == 0 ? 100 : done * 100 / total, rate));
            err.flush();
        }

        void finish() {
            err.println();
            err.flush();
        }
    }
}
