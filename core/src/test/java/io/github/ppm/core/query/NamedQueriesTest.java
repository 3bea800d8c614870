package io.github.ppm.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.RepoFiles;
import io.github.ppm.core.Valid;
import io.github.ppm.core.rdf.RdfOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;

/** The named queries' files, headers and parameter binding. */
class NamedQueriesTest {
    private static final Path FOLDER = RepoFiles.root()
            .resolve("core/src/main/resources/io/github/ppm/core/query/named");

    @Test
    void theIndexListsEveryQueryFileOnce() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(FOLDER)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
        assertEquals(files, NamedQueries.all().stream().map(NamedQuery::name).sorted().toList());
        assertTrue(files.size() >= 10, "at least ten named queries: " + files);
    }

    @Test
    void everyHeaderIsCompleteAndEveryParameterIsUsedAndParsesAtItsDefault() {
        for (NamedQuery q : NamedQueries.all()) {
            assertFalse(q.title().en().isBlank(), q.name());
            assertTrue(q.title().zh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    q.name() + " has a Chinese title");
            assertTrue(q.description().length() > 40, q.name() + " describes itself");
            String body = q.text().lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + "\n" + b);
            for (NamedQuery.Parameter p : q.parameters()) {
                assertTrue(body.contains("?" + p.name()), q.name() + " uses its parameter " + p.name());
                assertFalse(p.description().isBlank(), q.name() + "." + p.name());
            }
            Query bound = q.bind();
            assertTrue(bound.isSelectType(), q.name());
            assertTrue(bound.getQueryPattern().toString().contains("GRAPH"), q.name() + " reads each policy's graph");
        }
    }

    @Test
    void headerContinuationLinesJoinTheirField() {
        NamedQuery q = NamedQueries.get("sdks-receiving").orElseThrow();
        assertEquals("SDKs that receive a data category", q.title().en());
        assertEquals("接收某类个人信息的第三方 SDK", q.title().zh());
        assertTrue(q.description().contains("asking for device.identifier finds the SDKs that list IMEI"),
                q.description());
        assertEquals(List.of("category", "lang"), q.parameters().stream().map(NamedQuery.Parameter::name).toList());
        assertEquals(NamedQuery.Type.DATA_CATEGORY, q.parameters().get(0).type());
        assertEquals("device.identifier", q.parameters().get(0).defaultValue());
    }

    @Test
    void aHeaderItCannotReadIsAnError() {
        assertThrows(IllegalStateException.class, () -> NamedQueries.parse("x", "# title.en: a\n# oops\nSELECT * {}"));
        assertThrows(IllegalStateException.class, () -> NamedQueries.parse("x", "# title.en: a\nSELECT * {}"));
    }

    @Test
    void parametersAreCheckedAgainstTheirType() {
        NamedQuery sdks = NamedQueries.get("sdks-receiving").orElseThrow();
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> sdks.bind(Map.of("categroy", "location")));
        assertEquals("query `sdks-receiving` has no parameter `categroy` (it has: category, lang)", unknown.getMessage());
        IllegalArgumentException badKey = assertThrows(IllegalArgumentException.class,
                () -> sdks.bind(Map.of("category", "device> } ; DROP ALL ; <x")));
        assertTrue(badKey.getMessage().startsWith("parameter `category` of query `sdks-receiving`: "), badKey.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sdks.bind(Map.of("lang", "en\" . }")));
        NamedQuery vendors = NamedQueries.get("sdk-vendors-by-policies").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> vendors.bind(Map.of("min", "1 || true")));
        NamedQuery exceptions = NamedQueries.get("consent-exceptions-by").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> exceptions.bind(Map.of("basis", "dpv:Consent")));
        assertTrue(exceptions.bind(Map.of("basis", "legal-duty")).toString().contains("dpv:LegalObligation"));
    }

    @Test
    void aHostileStringValueStaysOneLiteral() {
        NamedQuery q = NamedQueries.get("categories-received-by").orElseThrow();
        String hostile = "baidu-location\" } } ; DELETE WHERE { ?s ?p ?o } #\n<script>=cmd|'/C calc'!A0 😀 长";
        Query bound = q.bind(Map.of("holder", hostile));
        Dataset dataset = Sparql.dataset(Valid.of(QueryFixtures.flagship()), RdfOptions.DEFAULT);
        assertEquals(0, Sparql.select(dataset, bound).size());
        assertEquals(25, Sparql.select(dataset, q.bind(Map.of("holder", "baidu-location"))).size());
    }
}
