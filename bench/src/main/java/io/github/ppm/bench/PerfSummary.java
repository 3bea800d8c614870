package io.github.ppm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the outputs of {@code bench/run.sh} (JMH JSON, the corpus line, the start-up line) into the
 * summary table of docs/performance.md, with each target's ratio and whether it is met.
 */
public final class PerfSummary {
    private PerfSummary() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, double[]> jmh = jmh(Path.of(args[0]));
        List<Map<String, String>> corpora = Files.readAllLines(Path.of(args[1])).stream()
                .filter(line -> line.startsWith("policies=")).map(PerfSummary::pairs).toList();
        Map<String, String> startup = pairs(Files.readString(Path.of(args[2])));
        StringBuilder out = new StringBuilder();
        out.append("| step (flagship, one policy) | time | error |\n|---|---:|---:|\n");
        jmh.forEach((name, score) -> {
            if (!name.startsWith("ScalingBenchmark")) {
                out.append(String.format(Locale.ROOT, "| %s | %s | ± %s |%n",
                        name, time(name, score[0]), time(name, score[1])));
            }
        });
        double parse = jmh.get("PipelineBenchmark.rawTreeParse")[0];
        double rvl = jmh.get("PipelineBenchmark.readValidateLint")[0];
        double nt = jmh.get("PipelineBenchmark.exportNTriples")[0];
        double jena = jmh.get("PipelineBenchmark.jenaWritePrebuiltNTriples")[0];
        double decide = jmh.get("GuardBenchmark.guardDecide")[0];
        double ask = jmh.get("GuardBenchmark.sparqlAskOverExport")[0];
        double plain = Double.parseDouble(startup.get("plain-java-jar-ms"));
        double launcher = Double.parseDouble(startup.get("launcher-ms"));
        out.append("\n| target | measured | goal | met |\n|---|---:|---:|:---:|\n");
        row(out, "read + validate + lint ÷ Jackson raw tree parse", ratio(rvl / parse), "≤ 5×", rvl / parse <= 5);
        row(out, "N-Triples export ÷ Jena writing the prebuilt graph", ratio(nt / jena), "≤ 2×", nt / jena <= 2);
        row(out, "guard decide", String.format(Locale.ROOT, "%.0f ns", decide), "< 1 µs", decide < 1000);
        row(out, "SPARQL ASK over the exported model ÷ guard decide", ratio(ask / decide), "≥ 100×", ask / decide >= 100);
        for (Map<String, String> corpus : corpora) {
            double perSecond = Double.parseDouble(corpus.get("policies-per-second"));
            double peak = Double.parseDouble(corpus.get("peak-heap-mib"));
            String what = "corpus of " + corpus.get("policies") + " " + corpus.get("format").toUpperCase(Locale.ROOT)
                    + " files (read, validate, lint, export N-Triples), " + corpus.get("threads") + " threads";
            row(out, what, String.format(Locale.ROOT, "%.0f policies/s", perSecond), "≥ 1,000/s", perSecond >= 1000);
            row(out, "… its peak heap (-Xmx1g)", String.format(Locale.ROOT, "%.0f MiB", peak), "< 1 GiB", peak < 1024);
        }
        row(out, "`ppm validate` flagship, cold, `java -jar`", String.format(Locale.ROOT, "%.0f ms", plain),
                "< 1,000 ms", plain < 1000);
        row(out, "`ppm validate` flagship, cold, `./ppm` (CDS)", String.format(Locale.ROOT, "%.0f ms", launcher),
                "< 500 ms", launcher < 500);
        scaling(out, jmh);
        System.out.print(out);
    }

    /** Each step's time per KB of YAML at each policy size: equal per-KB times mean linear growth. */
    private static void scaling(StringBuilder out, Map<String, double[]> jmh) {
        List<String> steps = List.of("read", "validateLint", "exportNTriples");
        out.append("\n| policy size (ScalingBenchmark) | YAML | read | validate + lint | export N-Triples |\n")
                .append("|---|---:|---:|---:|---:|\n");
        // The scales are whatever ScalingBenchmark's @Param lists, read back from the results.
        List<Integer> scales = jmh.keySet().stream()
                .filter(name -> name.startsWith("ScalingBenchmark.read(scale="))
                .map(name -> Integer.valueOf(name.replaceAll("\\D", ""))).sorted().toList();
        for (int scale : scales) {
            double kb = ScalingBenchmark.yaml(scale).length / 1024.0;
            out.append(String.format(Locale.ROOT, "| %d× the corpus policy | %.0f KB", scale, kb));
            for (String step : steps) {
                double micros = jmh.get("ScalingBenchmark." + step + "(scale=" + scale + ")")[0];
                out.append(String.format(Locale.ROOT, " | %.0f µs (%.0f µs/KB)", micros, micros / kb));
            }
            out.append(" |\n");
        }
    }

    private static void row(StringBuilder out, String what, String measured, String goal, boolean met) {
        out.append("| ").append(what).append(" | ").append(measured).append(" | ").append(goal).append(" | ")
                .append(met ? "yes" : "**no**").append(" |\n");
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.1f×", value);
    }

    /** Benchmarks in µs/op or ns/op, shown in the unit JMH used. */
    private static String time(String name, double value) {
        return String.format(Locale.ROOT, name.startsWith("Guard") ? "%.1f ns" : "%.0f µs", value);
    }

    private static Map<String, double[]> jmh(Path file) throws IOException {
        Map<String, double[]> result = new LinkedHashMap<>();
        for (JsonNode run : new ObjectMapper().readTree(file.toFile())) {
            String name = run.path("benchmark").asText().replace("io.github.ppm.bench.", "");
            if (run.has("params")) {
                name += "(scale=" + run.path("params").path("scale").asText() + ")";
            }
            JsonNode metric = run.path("primaryMetric");
            result.put(name, new double[] {metric.path("score").asDouble(), metric.path("scoreError").asDouble()});
        }
        return result;
    }

    private static Map<String, String> pairs(String line) {
        Map<String, String> result = new HashMap<>();
        for (String pair : line.trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                result.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return result;
    }
}
