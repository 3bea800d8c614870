package io.github.ppm.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.Valid;
import io.github.ppm.core.rdf.RdfOptions;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fuseki over a TDB2 store on an ephemeral loopback port, asked with a plain HTTP client. */
class SparqlEndpointTest {
    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void servesNamedQueriesReadOnlyOnLoopback() throws IOException, InterruptedException {
        try (PolicyStore store = PolicyStore.open(tmp.resolve("tdb"))) {
            store.put(Valid.of(QueryFixtures.flagship()), RdfOptions.DEFAULT);
            try (SparqlEndpoint endpoint = SparqlEndpoint.start(store.dataset(),
                    SparqlEndpoint.Options.DEFAULT.withPort(0))) {
                assertTrue(endpoint.port() > 0);
                assertTrue(endpoint.queryUrl().startsWith("http://127.0.0.1:" + endpoint.port() + "/policies/sparql"),
                        endpoint.queryUrl());
                String query = NamedQueries.get("sdks-receiving").orElseThrow()
                        .bind(java.util.Map.of("category", "device.identifier.imei")).serialize();
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(endpoint.queryUrl() + "?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                        .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, answer.statusCode(), answer.body());
                assertEquals("""
                        policy,sdk,name,provider,reach\r
                        jinshang-consumer-finance,alipay-login-pay,Alipay login and payment SDK,alipay-network,direct\r
                        jinshang-consumer-finance,baidu-location,Baidu location SDK,baidu-netcom,direct\r
                        jinshang-consumer-finance,baiqishi-fingerprint,Baiqishi device fingerprint SDK,baiqishi,direct\r
                        jinshang-consumer-finance,jiguang-push,Jiguang (Aurora) push SDK,hexun-huagu,direct\r
                        jinshang-consumer-finance,megvii-liveness,Megvii liveness verification SDK,megvii,permission\r
                        jinshang-consumer-finance,tencent-cloud-face,Tencent Cloud face verification SDK,tencent-cloud,permission\r
                        jinshang-consumer-finance,wechat-login-pay,WeChat login and payment SDK,tencent-computer,direct\r
                        """, answer.body());

                // The union default graph reaches the endpoint too: no GRAPH clause needed.
                HttpResponse<String> count = http.send(HttpRequest.newBuilder(URI.create(endpoint.queryUrl()))
                        .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "PREFIX ppm: <https://w3id.org/ppm#> SELECT (COUNT(*) AS ?n) { ?s a ppm:Sdk }"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, count.statusCode(), count.body());
                assertTrue(count.body().replaceAll("\\s", "").contains("\"value\":\"12\""), count.body());

                HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + endpoint.port() + "/policies/update"))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(update.statusCode() >= 400, "read-only: " + update.statusCode());
            }
            assertTrue(store.size() > 1000, "nothing was dropped");
        }
    }

    @Test
    void writableEndpointAcceptsUpdates() throws IOException, InterruptedException {
        try (PolicyStore store = PolicyStore.open(tmp.resolve("tdb"));
                SparqlEndpoint endpoint = SparqlEndpoint.start(store.dataset(),
                        SparqlEndpoint.Options.DEFAULT.withPort(0).withWritable(true).withName("ds"))) {
            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + endpoint.port() + "/ds/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> \"c\" } }"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() < 300, update.statusCode() + " " + update.body());
            assertEquals(1, store.size());
        }
    }
}
