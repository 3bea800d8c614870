package io.github.ppm.cli;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.Suggestions;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.query.NamedQueries;
import io.github.ppm.core.query.NamedQuery;
import io.github.ppm.core.query.PolicyLoader;
import io.github.ppm.core.query.PolicyStore;
import io.github.ppm.core.query.ResultFormat;
import io.github.ppm.core.query.Sparql;
import io.github.ppm.core.query.SparqlEndpoint;
import io.github.ppm.core.rdf.Rdf;
import io.github.ppm.core.rdf.RdfFormat;
import io.github.ppm.core.rdf.RdfOptions;
import io.github.ppm.core.validate.ValidatedPolicy;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;

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
     * The query stops after {@code timeout}; {@code SERVICE} is refused unless {@code allowService}.
     */
    static String run(ValidatedPolicy policy, Path rdfFile, Path store, String named, Map<String, String> params, String sparql,
            String format, String base, Duration timeout, boolean allowService) throws UsageException {
        Query query = named != null ? named(named, params) : parse(sparql);
        ResultFormat resultFormat = ResultFormat.named(format).orElseThrow();
        Sparql.Limits limits = Sparql.Limits.DEFAULT.withTimeout(timeout).withAllowService(allowService);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (store != null) {
                try (PolicyStore opened = openStore(store, false)) {
                    Sparql.write(opened.dataset(), query, resultFormat, limits, out);
                }
            } else {
                Dataset dataset;
                if (policy != null) {
                    dataset = Sparql.dataset(policy, new RdfOptions(base));
                } else {
                    Parsed<Graph> read = Rdf.readGraph(rdfFile);
                    if (!read.ok()) {
                        throw new UsageException("cannot read " + rdfFile + ": "
                                + read.report().diagnostics().get(0).message().en());
                    }
                    dataset = Sparql.dataset(read.value(), rdfFile.toUri().toString());
                }
                Sparql.write(dataset, query, resultFormat, limits, out);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (QueryCancelledException e) {
            throw new EnvironmentException("the query ran longer than " + timeout.toSeconds()
                    + " s and was stopped (allow more with --timeout SECONDS)", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Opens a store, for {@code load} creating it; a folder that is not a store is a usage error, a locked one a fault. */
    private static PolicyStore openStore(Path store, boolean create) throws UsageException {
        try {
            return create ? PolicyStore.open(store) : PolicyStore.openExisting(store);
        } catch (PolicyStore.NotAStoreException e) {
            throw new UsageException(e.getMessage());
        } catch (PolicyStore.LockedException e) {
            throw new EnvironmentException(e.getMessage(), e);
        }
    }

    /**
     * What {@link #load} did, in plain values; {@code duplicates} says, for each policy found in two
     * files, {@code `graph` is in both `a` and `b`} (then nothing was loaded).
     */
    record LoadSummary(int files, int loaded, int replaced, List<Path> skippedFiles, List<Report> skippedReports,
            List<String> duplicates, long nanos, long triples, int graphs) {
    }

    static LoadSummary load(List<Path> inputs, Path store, String base, int batch, BiConsumer<Integer, Integer> progress)
            throws UsageException {
        List<Path> files = PolicyLoader.files(inputs);
        try (PolicyStore opened = openStore(store, true)) {
            PolicyLoader.Result result = PolicyLoader.load(opened, files,
                    PolicyLoader.Options.DEFAULT.withRdf(new RdfOptions(base)).withBatchSize(batch), progress::accept);
            return new LoadSummary(result.files(), result.loaded(), result.replaced(),
                    result.skipped().stream().map(PolicyLoader.Skipped::file).toList(),
                    result.skipped().stream().map(PolicyLoader.Skipped::report).toList(),
                    result.duplicates().stream().map(d -> "policy `" + d.graph() + "` is in both `" + d.first()
                            + "` and `" + d.second() + "`").toList(),
                    result.nanos(), opened.size(), opened.graphs().size());
        }
    }

    /**
     * How to serve, in plain values.
     *
     * @param timeoutSeconds longest run of a query or update
     * @param maxBodyBytes   largest request body
     * @param maxRows        most solutions of an answer
     */
    record ServeOptions(String host, int port, String name, boolean writable, boolean allowPublic, boolean allowService,
            boolean allowLoad, int timeoutSeconds, long maxBodyBytes, long maxRows) {
    }

    /** Serves the store until the process ends; {@code started} gets the query URL and the number of policies. */
    static void serve(Path store, ServeOptions options, BiConsumer<String, Integer> started, Consumer<String> warn)
            throws UsageException {
        PolicyStore opened = openStore(store, false);
        SparqlEndpoint endpoint;
        try {
            endpoint = SparqlEndpoint.start(opened.dataset(), SparqlEndpoint.Options.DEFAULT
                    .withHost(options.host()).withPort(options.port()).withName(options.name())
                    .withWritable(options.writable()).withAllowPublic(options.allowPublic())
                    .withAllowService(options.allowService()).withAllowLoad(options.allowLoad())
                    .withTimeout(Duration.ofSeconds(options.timeoutSeconds())).withMaxBodyBytes(options.maxBodyBytes())
                    .withMaxRows(options.maxRows()));
        } catch (SparqlEndpoint.StartException e) {
            opened.close();
            throw new EnvironmentException(e.getMessage(), e);
        }
        if (!SparqlEndpoint.isLoopback(options.host())) {
            warn.accept("ppm serve: listening on " + options.host() + ", a network address (--public); anyone who can"
                    + " reach port " + endpoint.port() + " can query" + (options.writable() ? " and change the store" : ""));
        }
        started.accept(endpoint.queryUrl(), opened.graphs().size());
        endpoint.join();
    }

    /** Whether {@code host} is a loopback address (or a name of one). */
    static boolean isLoopback(String host) {
        return SparqlEndpoint.isLoopback(host);
    }
}
