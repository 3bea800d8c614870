package io.github.ppm.core.query;

import io.github.ppm.core.rdf.Rdf;
import io.github.ppm.core.rdf.RdfOptions;
import io.github.ppm.core.validate.ValidatedPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A Jena TDB2 dataset holding many policies, one named graph per policy, named by the policy's IRI
 * ({@link Rdf#policyIri}). Putting a policy again replaces its graph, so reloading is idempotent.
 * The default graph is the union of the policies' graphs ({@code tdb2:unionDefaultGraph}), so a
 * hand-written query without {@code GRAPH} sees every policy; the {@link NamedQueries} use
 * {@code GRAPH ?g} and read each policy on its own. Close it to release the folder's lock.
 */
public final class PolicyStore implements AutoCloseable {
    private final Dataset dataset;
    private final Path folder;
    /** {@link #putAll} calls so far, for {@link KillPoint}. */
    private int batches;

    private PolicyStore(Path folder, Dataset dataset) {
        this.folder = folder;
        this.dataset = dataset;
    }

    /**
     * The file ppm writes into a store's folder when it creates it. Without it a folder is not
     * opened: {@code ppm serve --store ~} must not quietly turn a home folder into a database.
     */
    public static final String MARKER = "ppm-store.txt";

    /** {@code folder} is neither absent, nor empty, nor a store ppm created; told in {@link #getMessage()}. */
    public static final class NotAStoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAStoreException(String message) {
            super(message);
        }
    }

    /** Another process (a running {@code ppm serve}, say) holds the store's lock. */
    public static final class LockedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LockedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Opens the store in {@code folder}, creating it when the folder is absent or empty.
     *
     * @throws NotAStoreException when the folder holds other files and no {@link #MARKER}
     * @throws UncheckedIOException around a {@link NotDirectoryException} when {@code folder} is a file
     * @throws LockedException    when another process has the store open
     */
    public static PolicyStore open(Path folder) {
        requireNotAFile(folder);
        if (!isStore(folder)) {
            if (!isAbsentOrEmpty(folder)) {
                throw new NotAStoreException("`" + folder + "` is not a ppm store: it has no " + MARKER
                        + " and is not empty");
            }
            try {
                Files.createDirectories(folder);
                Files.writeString(folder.resolve(MARKER), "a ppm policy store (Apache Jena TDB2, one named graph per"
                        + " policy); made by `ppm load`\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return connect(folder);
    }

    /**
     * Opens the store in {@code folder}, which must exist: for reading and serving.
     *
     * @throws NotAStoreException when the folder is not a store ppm created
     * @throws UncheckedIOException around a {@link NotDirectoryException} when {@code folder} is a file
     * @throws LockedException    when another process has the store open
     */
    public static PolicyStore openExisting(Path folder) {
        requireNotAFile(folder);
        if (!isStore(folder)) {
            throw new NotAStoreException("`" + folder + "` is not a ppm store (it has no " + MARKER
                    + "); create one with `ppm load FILES --store " + folder + "`");
        }
        return connect(folder);
    }

    /** A file given as the store's folder is the machine's fault to report, not a store that is not ppm's. */
    private static void requireNotAFile(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UncheckedIOException(new NotDirectoryException(folder.toString()));
        }
    }

    /** Whether {@code folder} is a store ppm created. */
    public static boolean isStore(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER));
    }

    private static boolean isAbsentOrEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PolicyStore connect(Path folder) {
        Dataset dataset;
        try {
            dataset = TDB2Factory.connectDataset(folder.toString());
        } catch (DBOpEnvException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new LockedException("the store `" + folder + "` is in use by another process ("
                        + e.getMessage().replaceFirst(".*: ", "") + "); stop it, e.g. its `ppm serve`, first", e);
            }
            throw e;
        }
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new PolicyStore(folder, dataset);
    }

    public Path folder() {
        return folder;
    }

    /** The underlying dataset, for SPARQL and for serving. */
    public Dataset dataset() {
        return dataset;
    }

    /** Replaces the named graph {@code graph} with {@code model}, in one write transaction. */
    public void put(String graph, Model model) {
        Txn.executeWrite(dataset, () -> {
            dataset.removeNamedModel(graph);
            dataset.addNamedModel(graph, model);
        });
    }

    /** Replaces the graph of {@code policy} with its export under {@code options}. */
    public void put(ValidatedPolicy policy, RdfOptions options) {
        put(Rdf.policyIri(policy.policy(), options), ModelFactory.createModelForGraph(Rdf.graph(policy, options)));
    }

    /** Whether the store holds a graph called {@code graph}. */
    public boolean contains(String graph) {
        return Txn.calculateRead(dataset, () -> dataset.containsNamedModel(graph));
    }

    /** Runs a SELECT query over the store. */
    public QueryResult select(Query query) {
        return Sparql.select(dataset, query);
    }

    /**
     * Replaces several graphs in one write transaction: a process killed at any point leaves each
     * graph either old or new, never gone. The graphs already there are removed inside the write
     * transaction TDB2's sequential bulk loader opens, then all are written by that loader, which
     * builds the indexes one after the other instead of updating six indexes per triple (several
     * times faster than adding models). {@code KillPoint}'s points are where the kill test stops it.
     */
    public void putAll(List<Graph> graphs) {
        int batch = ++batches;
        DataLoader loader = LoaderFactory.sequentialLoader(dataset.asDatasetGraph(), (format, args) -> { });
        loader.startBulk();
        try {
            for (Graph g : graphs) {
                dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(g.name()));
            }
            KillPoint.DELETED.reach(batch);
            StreamRDF stream = loader.stream();
            for (Graph g : graphs) {
                Node name = NodeFactory.createURI(g.name());
                g.model().getGraph().find().forEachRemaining(t -> stream.quad(Quad.create(name, t)));
            }
            KillPoint.STREAMED.reach(batch);
            loader.finishBulk();
        } catch (RuntimeException | Error e) {
            // Abort (an out-of-memory error too, or the store stays locked by a live transaction),
            // and keep the first failure: the abort fails again when Jena already ended the transaction.
            try {
                loader.finishException(e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e));
            } catch (RuntimeException abort) {
                e.addSuppressed(abort);
            }
            throw e;
        }
        KillPoint.COMMITTED.reach(batch);
    }

    /** The names of the graphs in the store. */
    public List<String> graphs() {
        List<String> names = new ArrayList<>();
        Txn.executeRead(dataset, () -> dataset.listNames().forEachRemaining(names::add));
        names.sort(null);
        return names;
    }

    /** The number of triples over all graphs (counted on node ids: no node is decoded). */
    public long size() {
        QueryResult count = Sparql.select(dataset, Sparql.parse("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
        return Long.parseLong(count.rows().get(0).get("n"));
    }

    @Override
    public void close() {
        // Release the folder so another process (or a test's cleanup) can use it.
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    /**
     * One policy graph to store.
     *
     * @param name  the graph name (an IRI)
     * @param model its triples
     */
    public record Graph(String name, Model model) {
    }
}
