package io.github.ppm.cli;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.Suggestions;
import io.github.ppm.core.query.NamedQueries;
import io.github.ppm.core.query.NamedQuery;
import io.github.ppm.core.query.PolicyLoader;
import io.github.ppm.core.query.PolicyStore;
import io.github.ppm.core.query.ResultFormat;
import io.github.ppm.core.query.Sparql;
import io.github.ppm.core.query.SparqlEndpoint;
import io.github.ppm.core.rdf.RdfFormat;
import io.github.ppm.core.rdf.RdfOptions;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.Policy;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;

/**
 * The query, load and serve commands' one way into {@code core.query}. Its signatures hold no
 * Jena types, so picocli's start-up reflection never loads Jena for the other commands.
 */
final class StoreBridge {
    private StoreBridge() {
    }

    /** A usage problem (unknown query, bad parameter, SPARQL syntax): exit code 2. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static boolean isRdfFile(Path file) {
        return RdfFormat.of(file).isPresent();
    }

    /** The text of {@code --list}. */
    static String list() {
        StringBuilder out = new StringBuilder();
        for (NamedQuery q : NamedQueries.all()) {
            out.append(q.name()).append("\n");
            out.append("    ").append(q.title().en()).append(" / ").append(q.title().zh()).append("\n");
            for (NamedQuery.Parameter p : q.parameters()) {
                out.append(String.format("    --param %s=<%s>  (default %s)  %s%n", p.name(), p.type().label(),
                        p.defaultValue(), p.description()));
            }
        }
        out.append("\n").append(NamedQueries.all().size())
                .append(" named queries; `ppm query FILE --named NAME --param k=v` runs one\n");
        return out.toString();
    }

    /** The named query with its parameters bound, as SPARQL text (for -f/ad-hoc symmetry). */
    private static Query named(String name, Map<String, String> params) throws UsageException {
        Optional<NamedQuery> query = NamedQueries.get(name);
        if (query.isEmpty()) {
            List<String> names = NamedQueries.all().stream().map(NamedQuery::name).toList();
            throw new UsageException("no named query `" + name + "`" + Suggestions.closest(name, names)
                    .map(s -> ": did you mean `" + s + "`?").orElse("") + " (ppm query --list shows them)");
        }
        try {
            return query.get().bind(params);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Query parse(String sparql) throws UsageException {
        try {
            return Sparql.parse(sparql);
        } catch (QueryParseException e) {
            throw new UsageException("SPARQL syntax error: " + e.getMessage().strip());
        }
    }

    /**
     * Runs a query over one policy (already read and valid) or an RDF file, or over a store, and
     * returns the formatted answer. Exactly one of {@code named} and {@code sparql} is non-null.
     */
    static String run(ValidatedPolicy policy, Path rdfFile, Path store, String named, Map<String, String> params, String sparql,
            String format, String base) throws UsageException {
        Query query = named != null ? named(named, params) : parse(sparql);
        ResultFormat resultFormat = ResultFormat.named(format).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (store != null) {
            try (PolicyStore opened = PolicyStore.open(store)) {
                Sparql.write(opened.dataset(), query, resultFormat, out);
            }
        } else {
            Dataset dataset;
            if (policy != null) {
                dataset = Sparql.dataset(policy, new RdfOptions(base));
            } else {
                try {
                    dataset = Sparql.dataset(RDFDataMgr.loadGraph(rdfFile.toString()), rdfFile.toUri().toString());
                } catch (RiotException e) {
                    throw new UsageException("cannot read " + rdfFile + ": " + e.getMessage());
                }
            }
            Sparql.write(dataset, query, resultFormat, out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What {@link #load} did, in plain values. */
    record LoadSummary(int files, int loaded, int replaced, List<Path> skippedFiles, List<Report> skippedReports,
            long nanos, long triples, int graphs) {
    }

    static LoadSummary load(List<Path> inputs, Path store, String base, int batch, BiConsumer<Integer, Integer> progress) {
        List<Path> files = PolicyLoader.files(inputs);
        try (PolicyStore opened = PolicyStore.open(store)) {
            PolicyLoader.Result result = PolicyLoader.load(opened, files,
                    PolicyLoader.Options.DEFAULT.withRdf(new RdfOptions(base)).withBatchSize(batch), progress::accept);
            return new LoadSummary(result.files(), result.loaded(), result.replaced(),
                    result.skipped().stream().map(PolicyLoader.Skipped::file).toList(),
                    result.skipped().stream().map(PolicyLoader.Skipped::report).toList(), result.nanos(), opened.size(),
                    opened.graphs().size());
        }
    }

    /** Serves the store until the process ends; {@code started} gets the query URL and the number of policies. */
    static void serve(Path store, String host, int port, String name, boolean writable, BiConsumer<String, Integer> started,
            Consumer<String> warn) {
        PolicyStore opened = PolicyStore.open(store);
        SparqlEndpoint endpoint = SparqlEndpoint.start(opened.dataset(), SparqlEndpoint.Options.DEFAULT
                .withHost(host).withPort(port).withName(name).withWritable(writable));
        if (!SparqlEndpoint.isLoopback(host)) {
            warn.accept("ppm serve: listening on every network interface (Fuseki binds all addresses when the host"
                    + " is not a loopback address); anyone who can reach port " + endpoint.port() + " can query");
        }
        started.accept(endpoint.queryUrl(), opened.graphs().size());
        endpoint.join();
    }
}
