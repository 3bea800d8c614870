package io.github.ppm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.ppm.core.query.PolicyStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adversarial review's findings against {@code ppm query}, {@code import}, {@code load} and
 * {@code serve}, replayed from the command line; a store held by a server needs a second process,
 * so that server runs in a child JVM.
 */
class HardeningCommandsTest {
    private static final Path FLAGSHIP = Path.of("../examples/jinshang-consumer-finance/policy.yaml");
    private static final Duration BOUND = Duration.ofSeconds(120);

    @TempDir
    Path tmp;

    private HttpServer recorder;
    private final AtomicInteger contacts = new AtomicInteger();
    private final List<Process> children = new ArrayList<>();

    @BeforeEach
    void recorder() throws IOException {
        recorder = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        recorder.createContext("/", exchange -> {
            contacts.incrementAndGet();
            byte[] body = "{\"@context\": {\"p\": \"urn:p\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        recorder.start();
    }

    @AfterEach
    void stop() {
        recorder.stop(0);
        children.forEach(Process::destroyForcibly);
    }

    private String recorderUrl() {
        return "http://127.0.0.1:" + recorder.getAddress().getPort() + "/x";
    }

    /** {@code ppm ARGS} in a child JVM started with {@code jvmOptions}, stopped after the test. */
    private Process child(List<String> jvmOptions, String... args) throws IOException {
        Process process = ChildPpm.start(List.of(), jvmOptions, args);
        children.add(process);
        return process;
    }

    private Path store(String... files) {
        Path store = tmp.resolve("store");
        List<String> args = new ArrayList<>(List.of("load"));
        args.addAll(List.of(files));
        args.addAll(List.of("--store", store.toString()));
        CliRunner load = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, load.exitCode(), load.err());
        return store;
    }

    @Test
    void queryRefusesServiceAndStopsAtItsTimeout() {
        assertTimeoutPreemptively(BOUND, () -> {
            CliRunner service = CliRunner.run("query", FLAGSHIP.toString(),
                    "SELECT * { SERVICE <" + recorderUrl() + "> { ?s ?p ?o } }");
            assertEquals(2, service.exitCode(), service.err());
            assertTrue(service.err().startsWith("ppm query: SERVICE is disabled"), service.err());
            Path store = store(FLAGSHIP.toString());
            CliRunner storeService = CliRunner.run("query", "--store", store.toString(),
                    "SELECT * { SERVICE <" + recorderUrl() + "> { ?s ?p ?o } }");
            assertEquals(2, storeService.exitCode(), storeService.err());

            long start = System.nanoTime();
            CliRunner slow = CliRunner.run("query", "--store", store.toString(), "--timeout", "1",
                    "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
            assertEquals(1, slow.exitCode(), slow.err());
            assertEquals("ppm query: the query ran longer than 1 s and was stopped (allow more with --timeout SECONDS)\n",
                    slow.err());
            assertTrue(System.nanoTime() - start < 15e9, "the timeout did not stop the query");
        });
        assertEquals(0, contacts.get(), "the SERVICE URL was fetched");
    }

    @Test
    void importAndQueryOfJsonLdFetchNoContext() throws IOException {
        Path jsonld = Files.writeString(tmp.resolve("remote.jsonld"),
                "{\"@context\": \"" + recorderUrl() + "\", \"@id\": \"urn:a\", \"p\": \"x\"}");
        assertTimeoutPreemptively(BOUND, () -> {
            CliRunner imported = CliRunner.run("import", jsonld.toString());
            assertEquals(3, imported.exitCode(), imported.err());
            assertTrue(imported.err().contains("[PPM-RDF-CONTEXT] the JSON-LD context `" + recorderUrl() + "` is refused"),
                    imported.err());
            CliRunner queried = CliRunner.run("query", jsonld.toString(), "ASK { ?s ?p ?o }");
            assertEquals(2, queried.exitCode(), queried.err());
            assertTrue(queried.err().contains("is refused: ppm does not fetch contexts"), queried.err());
        });
        assertEquals(0, contacts.get(), "the context was fetched");
    }

    @Test
    void serveRefusesANetworkAddressAFolderThatIsNotAStoreAndATakenPort() throws IOException {
        Path store = store(FLAGSHIP.toString());
        CliRunner open = CliRunner.run("serve", "--store", store.toString(), "--host", "0.0.0.0");
        assertEquals(2, open.exitCode(), open.err());
        assertTrue(open.err().contains("is not a loopback address of this machine; to serve the network, add --public"),
                open.err());

        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve("notes.txt"), "mine");
        CliRunner notAStore = CliRunner.run("serve", "--store", home.toString(), "--port", "0");
        assertEquals(2, notAStore.exitCode(), notAStore.err());
        assertTrue(notAStore.err().contains("is not a ppm store"), notAStore.err());
        try (Stream<Path> files = Files.list(home)) {
            assertEquals(1, files.count(), "serve wrote into a folder that is not a store");
        }

        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRunner busy = CliRunner.run("serve", "--store", store.toString(), "--port",
                    Integer.toString(taken.getLocalPort()));
            assertEquals(1, busy.exitCode(), busy.err());
            assertEquals("ppm serve: port " + taken.getLocalPort() + " on 127.0.0.1 is already in use\n", busy.err());
        }
    }

    @Test
    void aStoreHeldByAServerIsReportedAsLockedAndItsIpv6UrlWorks() throws IOException {
        Path store = store(FLAGSHIP.toString());
        assertTimeoutPreemptively(BOUND, () -> {
            Process serve = child(List.of("-Xmx512m"), "serve", "--store", store.toString(), "--port", "0",
                    "--host", "0:0:0:0:0:0:0:1");
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("SPARQL query endpoint: ")) {
                // the "serving N policies" line comes first
            }
            assertTrue(line != null, "the child server did not start");
            String url = line.substring("SPARQL query endpoint: ".length());
            assertTrue(url.matches("http://\\[::1]:\\d+/policies/sparql"), url);
            HttpResponse<String> ask = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url
                    + "?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ask.statusCode(), ask.body());
            for (CliRunner locked : List.of(CliRunner.run("load", FLAGSHIP.toString(), "--store", store.toString()),
                    CliRunner.run("query", "--store", store.toString(), "ASK { ?s ?p ?o }"))) {
                assertEquals(1, locked.exitCode(), locked.err());
                assertTrue(locked.err().contains("the store `" + store + "` is in use by another process"), locked.err());
                assertFalse(locked.err().contains("please report"), locked.err());
            }
            serve.destroyForcibly().waitFor();
        });
    }

    /**
     * The endpoint's defences hold in a real {@code ppm serve} (a child process on an ephemeral
     * loopback port), not only in the {@code SparqlEndpoint} the core tests start: SERVICE is
     * refused without a contact, a long query ends at {@code --timeout}, CSV cells are neutralised.
     */
    @Test
    void aServedStoreRefusesServiceStopsALongQueryAndWritesSafeCsv() throws IOException {
        Path store = store(FLAGSHIP.toString());
        assertTimeoutPreemptively(BOUND, () -> {
            Process serve = child(List.of("-Xmx512m"), "serve", "--store", store.toString(), "--port", "0",
                    "--timeout", "1");
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("SPARQL query endpoint: ")) {
                // the "serving N policies" line comes first
            }
            assertTrue(line != null, "the child server did not start");
            String url = line.substring("SPARQL query endpoint: ".length());
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> service = ask(client, url, "SELECT * { SERVICE <" + recorderUrl() + "> { ?s ?p ?o } }",
                    "application/sparql-results+json");
            assertEquals(400, service.statusCode(), service.body());
            assertFalse(service.body().contains("@context"), "the fetched body is in the answer");

            long start = System.nanoTime();
            HttpResponse<String> slow = ask(client, url, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f }",
                    "application/sparql-results+json");
            assertTrue(slow.statusCode() >= 500, slow.statusCode() + " " + slow.body());
            assertTrue(System.nanoTime() - start < 15e9, "the timeout did not stop the query");

            HttpResponse<String> csv = ask(client, url, "SELECT ?v { VALUES ?v { \"=HYPERLINK(1)\" \"\uFF0B1\" } }",
                    "text/csv");
            assertEquals(200, csv.statusCode(), csv.body());
            assertEquals("v\r\n'=HYPERLINK(1)\r\n'\uFF0B1\r\n", csv.body());
            serve.destroyForcibly().waitFor();
        });
        assertEquals(0, contacts.get(), "the SERVICE URL was fetched");
    }

    private static HttpResponse<String> ask(HttpClient client, String url, String sparql, String accept)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url + "?query=" + URLEncoder.encode(sparql,
                StandardCharsets.UTF_8))).header("Accept", accept).timeout(BOUND).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aPolicyInTwoFilesLoadsNothing() throws IOException {
        Path copy = Files.copy(FLAGSHIP, tmp.resolve("copy.yaml"));
        Path store = tmp.resolve("store");
        CliRunner load = CliRunner.run("load", FLAGSHIP.toString(), copy.toString(), "--store", store.toString());
        assertEquals(3, load.exitCode(), load.err());
        assertEquals("ppm load: policy `https://w3id.org/ppm/policy/jinshang-consumer-finance` is in both `" + FLAGSHIP
                + "` and `" + copy + "`\nppm load: nothing was loaded; keep one file per policy\n", load.err());
        try (PolicyStore opened = PolicyStore.open(store)) {
            assertEquals(List.of(), opened.graphs());
        }
    }

    /**
     * A reload killed with SIGKILL at three points loses no policy: the store holds six policies
     * and a child {@code ppm load --batch 2} of their new versions stops at a named point of
     * {@code PolicyStore.putAll} (the {@code ppm.store.killpoint} property) and is killed there;
     * reopened, the store holds each policy whole, new in the batches committed before the kill and
     * old in the others. With the old delete in one transaction and add in another, the kills after
     * the delete found the batch's policies gone.
     */
    @Test
    void aReloadKilledAtThreePointsLosesNoPolicy() throws IOException {
        Path oldVersions = tmp.resolve("old");
        Path newVersions = tmp.resolve("new");
        assertEquals(0, CliRunner.run("generate", "--count", "6", "--seed", "40", "--no-hostile", "-o",
                oldVersions.toString()).exitCode());
        Files.createDirectories(newVersions);
        try (Stream<Path> files = Files.list(oldVersions)) {
            for (Path file : files.toList()) {
                String renamed = Files.readString(file).replaceFirst("(?m)^  legalName: (.*)$", "  legalName: $1 renamed");
                Files.writeString(newVersions.resolve(file.getFileName()), renamed);
            }
        }
        Map<String, Model> olds = graphs(load(oldVersions, "old-store"));
        Map<String, Model> news = graphs(load(newVersions, "new-store"));
        List<String> names = new ArrayList<>(olds.keySet());
        assertEquals(names, new ArrayList<>(news.keySet()));
        for (String name : names) {
            assertFalse(olds.get(name).isIsomorphicWith(news.get(name)), "the new version of " + name + " is the old");
        }
        // point, batch, how many policies (in load order) are new when it is reached
        record Kill(String point, int batch, int committed) {
        }
        assertTimeoutPreemptively(BOUND, () -> {
            for (Kill kill : List.of(new Kill("committed", 1, 2), new Kill("deleted", 2, 2), new Kill("streamed", 3, 4))) {
                Path store = load(oldVersions, "store-" + kill.point());
                Process reload = child(List.of("-Xmx512m", "-Dppm.store.killpoint=" + kill.point() + ":" + kill.batch()),
                        "load", newVersions.toString(), "--store", store.toString(), "--batch", "2");
                BufferedReader out = new BufferedReader(new InputStreamReader(reload.getInputStream(), StandardCharsets.UTF_8));
                String line;
                while ((line = out.readLine()) != null && !line.equals("ppm killpoint " + kill.point() + " " + kill.batch())) {
                    // the child prints nothing else before the point
                }
                assertTrue(line != null, "the child load ended before " + kill);
                assertEquals(137, reload.destroyForcibly().waitFor(), "the child was not killed by SIGKILL");
                Map<String, Model> after = graphs(store);
                assertEquals(names, new ArrayList<>(after.keySet()), "policies lost by the kill at " + kill);
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get(i);
                    Model expected = (i < kill.committed() ? news : olds).get(name);
                    assertTrue(expected.isIsomorphicWith(after.get(name)), name + " is not whole after the kill at " + kill
                            + ": " + after.get(name).size() + " triples, expected " + expected.size());
                }
            }
        });
    }

    private Path load(Path policies, String folder) {
        Path store = tmp.resolve(folder);
        CliRunner load = CliRunner.run("load", policies.toString(), "--store", store.toString());
        assertEquals(0, load.exitCode(), load.err());
        return store;
    }

    /** Each graph of the store by name, copied out, in load order (the policy files' sorted order). */
    private static Map<String, Model> graphs(Path store) {
        Map<String, Model> graphs = new TreeMap<>();
        try (PolicyStore opened = PolicyStore.openExisting(store)) {
            Txn.executeRead(opened.dataset(), () -> opened.graphs().forEach(name ->
                    graphs.put(name, ModelFactory.createDefaultModel().add(opened.dataset().getNamedModel(name)))));
        }
        return graphs;
    }
}
