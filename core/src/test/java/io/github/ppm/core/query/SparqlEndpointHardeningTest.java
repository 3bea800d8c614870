package io.github.ppm.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.RecordingServer;
import io.github.ppm.core.Valid;
import io.github.ppm.core.rdf.RdfOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adversarial review's findings against {@code ppm serve}, replayed on loopback against a real
 * Fuseki over a real TDB2 store. Requests are written on a raw socket so that the test controls
 * every header, {@code Host} and {@code Origin} included.
 */
class SparqlEndpointHardeningTest {
    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    private PolicyStore store;
    private RecordingServer recorder;

    @BeforeEach
    void storeAndRecorder() throws IOException {
        store = PolicyStore.open(tmp.resolve("tdb"));
        store.put(Valid.of(QueryFixtures.flagship()), RdfOptions.DEFAULT);
        recorder = RecordingServer.answering("SECRET-FROM-RECORDER");
    }

    @AfterEach
    void close() {
        recorder.close();
        store.close();
    }

    private String recorderUrl() {
        return recorder.url("/x");
    }

    private SparqlEndpoint start(SparqlEndpoint.Options options) {
        return SparqlEndpoint.start(store.dataset(), options.withPort(0));
    }

    /** A raw HTTP/1.1 exchange; returns the status line and body. */
    private static String send(String host, int port, String request) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String post(SparqlEndpoint endpoint, String path, String headers, String form) throws IOException {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        return send("127.0.0.1", endpoint.port(), "POST /policies/" + path + " HTTP/1.1\r\n" + headers
                + "Content-Type: application/x-www-form-urlencoded\r\nAccept: text/csv\r\nConnection: close\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n" + form);
    }

    private static String query(SparqlEndpoint endpoint, String sparql) throws IOException {
        return post(endpoint, "sparql", "Host: 127.0.0.1:" + endpoint.port() + "\r\n",
                "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
    }

    private static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    @Test
    void serviceIsRefusedWithoutContactingTheUrl() throws IOException {
        try (SparqlEndpoint endpoint = start(SparqlEndpoint.Options.DEFAULT)) {
            assertTimeoutPreemptively(BOUND, () -> {
                String plain = query(endpoint, "SELECT * { SERVICE <" + recorderUrl() + "> { ?s ?p ?o } }");
                assertEquals(400, status(plain), plain);
                assertTrue(plain.contains("SERVICE is disabled"), plain);
                String hidden = query(endpoint, "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <" + recorderUrl()
                        + "> { ?s ?p ?o } } } LIMIT 1");
                assertEquals(400, status(hidden), hidden);
                String sub = query(endpoint, "SELECT * { { SELECT * { SERVICE <" + recorderUrl() + "> { ?s ?p ?o } } } }");
                assertEquals(400, status(sub), sub);
                assertFalse(plain.contains("SECRET") || hidden.contains("SECRET") || sub.contains("SECRET"));
            });
        }
        assertEquals(0, recorder.requests(), "the SERVICE URL was fetched");
    }

    @Test
    void serviceInAWritableUpdateAndLoadAreRefused() throws IOException {
        try (SparqlEndpoint endpoint = start(SparqlEndpoint.Options.DEFAULT.withWritable(true))) {
            String host = "Host: 127.0.0.1:" + endpoint.port() + "\r\n";
            String service = post(endpoint, "update", host, "update=" + URLEncoder.encode(
                    "INSERT { GRAPH <urn:g> { ?s ?p ?o } } WHERE { SERVICE <" + recorderUrl() + "> { ?s ?p ?o } }",
                    StandardCharsets.UTF_8));
            assertEquals(400, status(service), service);
            String load = post(endpoint, "update", host, "update=" + URLEncoder.encode("LOAD <" + recorderUrl() + ">",
                    StandardCharsets.UTF_8));
            assertEquals(400, status(load), load);
            assertTrue(load.contains("LOAD <" + recorderUrl() + "> refused"), load);
            String file = post(endpoint, "update", host, "update=" + URLEncoder.encode("LOAD <file:///etc/hostname>",
                    StandardCharsets.UTF_8));
            assertEquals(400, status(file), file);
            assertFalse(store.contains("urn:g"));
        }
        assertEquals(0, recorder.requests(), "the URL was fetched");
    }

    @Test
    void commandLineQueriesRefuseServiceToo() {
        assertThrows(IllegalArgumentException.class, () -> Sparql.write(store.dataset(),
                Sparql.parse("SELECT * { SERVICE <" + recorderUrl() + "> { ?s ?p ?o } }"), ResultFormat.CSV,
                Sparql.Limits.DEFAULT, new ByteArrayOutputStream()));
        assertEquals(0, recorder.requests(), "the SERVICE URL was fetched");
    }

    @Test
    void crossOriginAndRebindingRequestsAreRefused() throws IOException {
        try (SparqlEndpoint endpoint = start(SparqlEndpoint.Options.DEFAULT.withWritable(true))) {
            String self = "127.0.0.1:" + endpoint.port();
            String insert = "update=" + URLEncoder.encode("INSERT DATA { GRAPH <urn:csrf> { <urn:a> <urn:b> <urn:c> } }",
                    StandardCharsets.UTF_8);
            String csrf = post(endpoint, "update", "Host: " + self + "\r\nOrigin: http://evil.example\r\n", insert);
            assertEquals(403, status(csrf), csrf);
            String nullOrigin = post(endpoint, "update", "Host: " + self + "\r\nOrigin: null\r\n", insert);
            assertEquals(403, status(nullOrigin), nullOrigin);
            String rebound = post(endpoint, "update", "Host: evil.example:" + endpoint.port() + "\r\n", insert);
            assertEquals(403, status(rebound), rebound);
            assertFalse(store.contains("urn:csrf"), "a refused update changed the store");

            String sameOrigin = post(endpoint, "update", "Host: " + self + "\r\nOrigin: http://" + self + "\r\n", insert);
            assertEquals(200, status(sameOrigin), sameOrigin);
            assertTrue(store.contains("urn:csrf"));
        }
    }

    @Test
    void aLongQueryStopsAtTheTimeoutAndFreesTheCpu() throws IOException {
        try (SparqlEndpoint endpoint = start(SparqlEndpoint.Options.DEFAULT.withTimeout(Duration.ofSeconds(1)))) {
            assertTimeoutPreemptively(BOUND, () -> {
                long start = System.nanoTime();
                String product = query(endpoint, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f }");
                assertTrue(status(product) >= 500, product);
                String path = query(endpoint, "SELECT (COUNT(*) AS ?n) { ?s (<urn:p>|!<urn:p>)* ?o . ?x ?y ?z }");
                assertTrue(status(path) >= 500, path);
                assertTrue(System.nanoTime() - start < 10e9, "the timeout did not stop the queries");
                assertCpuIdle();
                long next = System.nanoTime();
                String small = query(endpoint, "ASK { ?s a <https://w3id.org/ppm#Policy> }");
                assertEquals(200, status(small), small);
                assertTrue(System.nanoTime() - next < 3e9, "the next query waited");
            });
        }
    }

    @Test
    void commandLineQueriesStopAtTheTimeout() {
        assertTimeoutPreemptively(BOUND, () -> {
            assertThrows(QueryCancelledException.class, () -> Sparql.write(store.dataset(),
                    Sparql.parse("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f }"), ResultFormat.CSV,
                    Sparql.Limits.DEFAULT.withTimeout(Duration.ofSeconds(1)), new ByteArrayOutputStream()));
            assertCpuIdle();
        });
    }

    /** Over one second, this JVM used less than half a core: no query is still running. */
    private static void assertCpuIdle() throws InterruptedException {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Thread.sleep(300);
        long cpu = os.getProcessCpuTime();
        Thread.sleep(1000);
        long used = os.getProcessCpuTime() - cpu;
        assertTrue(used < 500_000_000L, "a cancelled query still runs: " + used / 1_000_000 + " ms CPU in 1 s");
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnread() throws IOException {
        try (SparqlEndpoint endpoint = start(SparqlEndpoint.Options.DEFAULT)) {
            assertTimeoutPreemptively(BOUND, () -> {
                long start = System.nanoTime();
                try (Socket socket = new Socket("127.0.0.1", endpoint.port())) {
                    socket.setSoTimeout(10_000);
                    socket.getOutputStream().write(("POST /policies/sparql HTTP/1.1\r\nHost: 127.0.0.1:" + endpoint.port()
                            + "\r\nContent-Type: application/sparql-query\r\nContent-Length: " + 2 * 1024 * 1024
                            + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                    socket.getOutputStream().write(new byte[64 * 1024]);
                    String head = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                    assertEquals("HTTP/1.1 413", head);
                }
                assertTrue(System.nanoTime() - start < 5e9);
                String chunked = send("127.0.0.1", endpoint.port(), "POST /policies/sparql HTTP/1.1\r\nHost: 127.0.0.1:"
                        + endpoint.port() + "\r\nContent-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n"
                        + "Connection: close\r\n\r\n5\r\nASK{}\r\n0\r\n\r\n");
                assertEquals(411, status(chunked), chunked);
            });
        }
    }

    @Test
    void answersAreCutAtTheRowLimit() throws IOException {
        try (SparqlEndpoint endpoint = start(SparqlEndpoint.Options.DEFAULT.withMaxRows(7))) {
            String answer = query(endpoint, "SELECT ?s { ?s ?p ?o }");
            assertEquals(200, status(answer), answer);
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            assertEquals(8, body.lines().count(), body);
        }
    }

    @Test
    void bindsExactlyTheAddressAsked() throws IOException {
        try (SparqlEndpoint named = start(SparqlEndpoint.Options.DEFAULT.withHost("LOCALHOST"))) {
            assertEquals("http://127.0.0.1:" + named.port() + "/policies/sparql", named.queryUrl());
            // Bound to 127.0.0.1 alone: another loopback address (which 0.0.0.0 would serve) is refused.
            assertThrows(ConnectException.class, () -> new Socket("127.0.0.2", named.port()).close());
            String answer = send("127.0.0.1", named.port(), "GET /$/ping HTTP/1.1\r\nHost: localhost:" + named.port()
                    + "\r\nConnection: close\r\n\r\n");
            assertEquals(200, status(answer), answer);
        }
        try (SparqlEndpoint second = start(SparqlEndpoint.Options.DEFAULT.withHost("127.0.0.2"))) {
            assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", second.port()).close());
            assertEquals(200, status(send("127.0.0.2", second.port(), "GET /$/ping HTTP/1.1\r\nHost: 127.0.0.2:"
                    + second.port() + "\r\nConnection: close\r\n\r\n")));
        }
        try (SparqlEndpoint six = start(SparqlEndpoint.Options.DEFAULT.withHost("0:0:0:0:0:0:0:1"))) {
            assertEquals("http://[::1]:" + six.port() + "/policies/sparql", six.queryUrl());
            assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", six.port()).close());
            assertEquals(200, status(send("::1", six.port(), "GET /$/ping HTTP/1.1\r\nHost: [::1]:"
                    + six.port() + "\r\nConnection: close\r\n\r\n")));
        }
    }

    @Test
    void aNetworkAddressNeedsPublicAndATakenPortIsSaidSo() throws IOException {
        SparqlEndpoint.StartException open = assertThrows(SparqlEndpoint.StartException.class,
                () -> start(SparqlEndpoint.Options.DEFAULT.withHost("0.0.0.0")));
        assertTrue(open.getMessage().contains("not a loopback address"), open.getMessage());
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            SparqlEndpoint.StartException busy = assertThrows(SparqlEndpoint.StartException.class,
                    () -> SparqlEndpoint.start(store.dataset(), SparqlEndpoint.Options.DEFAULT.withPort(taken.getLocalPort())));
            assertEquals("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use", busy.getMessage());
        }
    }

    @Test
    void orderByOverMixedDurationsAnswers() throws IOException {
        // Months and days do not compare (P1M against P30D is indeterminate): a sort that asks the
        // value order alone breaks TimSort's contract once there are enough of them.
        Model durations = ModelFactory.createDefaultModel();
        String[] kinds = {"P1M", "P30D", "P31D", "P29D", "P1Y", "P365D", "P366D", "PT720H", "P2M", "P60D", "P59D", "P61D"};
        for (int i = 0; i < 240; i++) {
            durations.add(durations.createResource("urn:s" + i), durations.createProperty("urn:d"),
                    durations.createTypedLiteral(kinds[(i * 7) % kinds.length], XSDDatatype.XSDduration));
        }
        store.put("urn:durations", durations);
        String sparql = "SELECT ?d { ?s <urn:d> ?d } ORDER BY ?d";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sparql.write(store.dataset(), Sparql.parse(sparql), ResultFormat.CSV, Sparql.Limits.DEFAULT, out);
        assertEquals(241, out.toString(StandardCharsets.UTF_8).lines().count());
        try (SparqlEndpoint endpoint = start(SparqlEndpoint.Options.DEFAULT)) {
            String answer = query(endpoint, sparql);
            assertEquals(200, status(answer), answer);
        }
    }

    /**
     * The endpoint's CSV and TSV answers are what {@code ppm query --format csv|tsv} writes: a
     * formula cell (ASCII or full-width trigger, after spaces, tabs or a line feed) gets a leading
     * {@code '}. Jena's own writers, which the endpoint used, write them raw, and still do for a
     * dataset that is not served.
     */
    @Test
    void csvAndTsvAnswersRunNoFormulaInASpreadsheet() throws IOException, InterruptedException {
        String sparql = "SELECT ?v { VALUES ?v { \"=HYPERLINK(\\\"http://127.0.0.1/x\\\",\\\"y\\\")\" \"+1+1\""
                + " \"@SUM(A1)\" \"-2\" \"\uFF1D1\uFF0B1\" \"\uFF20A1\" \" \\t=1\" \"\\n=1\" \"plain\" } }";
        String[] hostile = {"=HYPERLINK(", "+1+1", "@SUM", "-2", "\uFF1D1", "\uFF20A1", " \t=1", "\n=1"};
        try (SparqlEndpoint endpoint = start(SparqlEndpoint.Options.DEFAULT)) {
            HttpClient client = HttpClient.newHttpClient();
            for (ResultFormat format : List.of(ResultFormat.CSV, ResultFormat.TSV)) {
                HttpResponse<String> served = client.send(HttpRequest.newBuilder(URI.create(endpoint.queryUrl()
                        + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                        .header("Accept", format == ResultFormat.CSV ? "text/csv" : "text/tab-separated-values")
                        .timeout(BOUND).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(200, served.statusCode(), served.body());
                ByteArrayOutputStream local = new ByteArrayOutputStream();
                Sparql.write(DatasetFactory.create(), Sparql.parse(sparql), format, Sparql.Limits.DEFAULT, local);
                assertEquals(local.toString(StandardCharsets.UTF_8), served.body(), format + " differs from ppm query's");
                for (String cell : hostile) {
                    String quote = format == ResultFormat.CSV ? "" : "\"";
                    String written = format == ResultFormat.CSV ? cell : cell.replace("\t", "\\t").replace("\n", "\\n");
                    assertTrue(served.body().contains(quote + "'" + written), format + " left `" + cell + "` raw:\n"
                            + served.body());
                }
            }
        }
        ByteArrayOutputStream jenas = new ByteArrayOutputStream();
        try (QueryExecution execution = QueryExecutionFactory.create(sparql, DatasetFactory.create())) {
            ResultSetMgr.write(jenas, execution.execSelect(), ResultSetLang.RS_CSV);
        }
        assertTrue(jenas.toString(StandardCharsets.UTF_8).contains("\r\n\"=HYPERLINK("), jenas.toString(StandardCharsets.UTF_8));
    }
}

