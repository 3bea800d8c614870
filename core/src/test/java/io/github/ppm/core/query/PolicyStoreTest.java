package io.github.ppm.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.RepoFiles;
import io.github.ppm.core.Valid;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.rdf.Rdf;
import io.github.ppm.core.rdf.RdfOptions;
import io.github.ppm.model.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TDB2 store and the loader: one graph per policy, reload replaces, invalid files are skipped. */
class PolicyStoreTest {
    @TempDir
    Path tmp;

    @Test
    void putReplacesAPolicysGraphAndSurvivesReopening() {
        Policy flagship = QueryFixtures.flagship();
        long triples;
        try (PolicyStore store = PolicyStore.open(tmp.resolve("tdb"))) {
            store.put(Valid.of(flagship), RdfOptions.DEFAULT);
            triples = store.size();
            store.put(Valid.of(flagship), RdfOptions.DEFAULT);
            assertEquals(triples, store.size(), "putting again replaces, it does not add");
            assertEquals(List.of(Rdf.policyIri(flagship, RdfOptions.DEFAULT)), store.graphs());
            assertEquals(Rdf.graph(Valid.of(flagship), RdfOptions.DEFAULT).size(), triples);
        }
        try (PolicyStore again = PolicyStore.open(tmp.resolve("tdb"))) {
            assertEquals(triples, again.size());
            assertTrue(again.contains("https://w3id.org/ppm/policy/jinshang-consumer-finance"));
        }
    }

    @Test
    void theDefaultGraphIsTheUnionOfThePolicies() {
        try (PolicyStore store = PolicyStore.open(tmp.resolve("tdb"))) {
            PolicyLoader.loadPolicies(store, Valid.all(QueryFixtures.generated(3)), PolicyLoader.Options.DEFAULT);
            store.put(Valid.of(QueryFixtures.flagship()), RdfOptions.DEFAULT);
            QueryResult policies = store.select(Sparql.parse("SELECT ?id WHERE { ?p a ppm:Policy ; dct:identifier ?id } ORDER BY ?id"));
            assertEquals(4, policies.size(), "no GRAPH clause needed: " + policies.rows());
            assertTrue(policies.column("id").contains("jinshang-consumer-finance"));
        }
    }

    @Test
    void loaderSkipsInvalidFilesReportsThemAndReplacesOnReload() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in/nested"));
        List<Policy> generated = QueryFixtures.generated(5);
        for (int i = 0; i < generated.size(); i++) {
            Files.writeString(in.resolve("p" + i + ".yaml"), PolicyIO.write(generated.get(i), Format.YAML), StandardCharsets.UTF_8);
        }
        Files.writeString(in.resolve("broken.yaml"), "id: broken\nlanguages: [zh]\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("notes.txt"), "not a policy", StandardCharsets.UTF_8);
        List<Path> files = PolicyLoader.files(List.of(tmp.resolve("in"), RepoFiles.flagship()));
        assertEquals(7, files.size(), files.toString());
        List<int[]> progress = new ArrayList<>();
        try (PolicyStore store = PolicyStore.open(tmp.resolve("tdb"))) {
            PolicyLoader.Result first = PolicyLoader.load(store, files, PolicyLoader.Options.DEFAULT.withBatchSize(2),
                    (done, total) -> progress.add(new int[] {done, total}));
            assertEquals(7, first.files());
            assertEquals(6, first.loaded());
            assertEquals(0, first.replaced());
            assertEquals(1, first.skipped().size());
            assertEquals("broken.yaml", first.skipped().get(0).file().getFileName().toString());
            assertTrue(first.skipped().get(0).report().hasErrors());
            assertEquals(7, progress.size());
            assertEquals(7, progress.get(6)[0]);
            long size = store.size();

            PolicyLoader.Result again = PolicyLoader.load(store, files, PolicyLoader.Options.DEFAULT, (d, t) -> { });
            assertEquals(6, again.replaced(), "reloading replaces every graph");
            assertEquals(size, store.size());
            assertEquals(6, store.graphs().size());
            assertTrue(store.select(NamedQueries.get("sdks-receiving").orElseThrow().bind(Map.of("category", "device")))
                    .column("policy").contains("jinshang-consumer-finance"));
        }
    }

    @Test
    void aPolicyInTwoFilesIsAnErrorAndNothingIsLoaded() throws IOException {
        Policy policy = QueryFixtures.generated(1).get(0);
        Path a = Files.writeString(tmp.resolve("a.yaml"), PolicyIO.write(policy, Format.YAML), StandardCharsets.UTF_8);
        Path b = Files.writeString(tmp.resolve("b.json"), PolicyIO.write(policy, Format.JSON), StandardCharsets.UTF_8);
        try (PolicyStore store = PolicyStore.open(tmp.resolve("tdb"))) {
            PolicyLoader.Result result = PolicyLoader.load(store, List.of(RepoFiles.flagship(), a, b),
                    PolicyLoader.Options.DEFAULT, (done, total) -> { });
            assertEquals(List.of(new PolicyLoader.Duplicate(Rdf.policyIri(policy, RdfOptions.DEFAULT), a, b)),
                    result.duplicates());
            assertEquals(0, result.loaded());
            assertEquals(List.of(), store.graphs(), "nothing is loaded, not even the flagship");
        }
    }

    @Test
    void aFolderThatIsNotAStoreIsRefused() throws IOException {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve("notes.txt"), "mine", StandardCharsets.UTF_8);
        PolicyStore.NotAStoreException notEmpty = assertThrows(PolicyStore.NotAStoreException.class,
                () -> PolicyStore.open(home));
        assertTrue(notEmpty.getMessage().contains("is not a ppm store"), notEmpty.getMessage());
        assertThrows(PolicyStore.NotAStoreException.class, () -> PolicyStore.openExisting(tmp.resolve("absent")));
        assertFalse(Files.exists(tmp.resolve("absent")), "opening for reading created a folder");
        try (Stream<Path> files = Files.list(home)) {
            assertEquals(1, files.count(), "a refused folder was written to");
        }
        try (PolicyStore created = PolicyStore.open(tmp.resolve("new"))) {
            assertTrue(PolicyStore.isStore(created.folder()));
        }
        try (PolicyStore reopened = PolicyStore.openExisting(tmp.resolve("new"))) {
            assertEquals(List.of(), reopened.graphs());
        }
    }

    @Test
    void aBatchThatFailsHalfWayLeavesEveryOldGraph() {
        List<Policy> policies = QueryFixtures.generated(3);
        try (PolicyStore store = PolicyStore.open(tmp.resolve("tdb"))) {
            PolicyLoader.loadPolicies(store, Valid.all(policies), PolicyLoader.Options.DEFAULT);
            long size = store.size();
            List<String> names = store.graphs();
            // The second graph breaks while the loader streams it: the crash between "old graphs
            // deleted" and "new graphs written" that once lost every policy of the batch.
            Graph breaks = new GraphBase() {
                @Override
                protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                    throw new IllegalStateException("killed while writing");
                }
            };
            List<PolicyStore.Graph> batch = List.of(
                    new PolicyStore.Graph(names.get(0), ModelFactory.createDefaultModel()),
                    new PolicyStore.Graph(names.get(1), ModelFactory.createModelForGraph(breaks)));
            assertThrows(IllegalStateException.class, () -> store.putAll(batch));
            assertEquals(names, store.graphs());
            assertEquals(size, store.size(), "a graph of the failed batch was deleted");
        }
    }
}
