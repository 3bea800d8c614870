package io.github.ppm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ppm query}, {@code ppm load}, {@code ppm generate} and {@code ppm serve}'s checks, end to end. */
class QueryCommandsTest {
    private static final Path FLAGSHIP = Path.of("../examples/jinshang-consumer-finance/policy.yaml");

    @TempDir
    Path tmp;

    @Test
    void listShowsEveryNamedQueryWithItsParameters() {
        CliRunner run = CliRunner.run("query", "--list");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("sdks-receiving\n    SDKs that receive a data category / 接收某类个人信息的第三方 SDK\n"
                + "    --param category=<data-category>  (default device.identifier)  the data category asked about\n"), run.out());
        assertTrue(run.out().endsWith("\n11 named queries; `ppm query FILE --named NAME --param k=v` runs one\n"), run.out());
    }

    @Test
    void namedQueryOnTheFlagshipAsCsv() {
        CliRunner run = CliRunner.run("query", FLAGSHIP.toString(), "--named", "sdks-receiving",
                "--param", "category=device.identifier.imei", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        // The two face SDKs list no identifier; the device-info permission they ask for reaches IMEI.
        assertEquals(List.of("policy,sdk,name,provider,reach",
                "jinshang-consumer-finance,alipay-login-pay,Alipay login and payment SDK,alipay-network,direct",
                "jinshang-consumer-finance,baidu-location,Baidu location SDK,baidu-netcom,direct",
                "jinshang-consumer-finance,baiqishi-fingerprint,Baiqishi device fingerprint SDK,baiqishi,direct",
                "jinshang-consumer-finance,jiguang-push,Jiguang (Aurora) push SDK,hexun-huagu,direct",
                "jinshang-consumer-finance,megvii-liveness,Megvii liveness verification SDK,megvii,permission",
                "jinshang-consumer-finance,tencent-cloud-face,Tencent Cloud face verification SDK,tencent-cloud,permission",
                "jinshang-consumer-finance,wechat-login-pay,WeChat login and payment SDK,tencent-computer,direct"),
                run.out().lines().toList());
    }

    @Test
    void everyFormatAndQueryTextAndQueryFileAndRdfInput() throws IOException {
        String sparql = "SELECT ?sdk WHERE { ?s a ppm:Sdk ; dct:identifier ?sdk } ORDER BY ?sdk LIMIT 2";
        CliRunner table = CliRunner.run("query", FLAGSHIP.toString(), sparql);
        assertEquals(0, table.exitCode(), table.err());
        assertEquals("""
                ----------------------
                | sdk                |
                ======================
                | "alipay-login-pay" |
                | "baidu-location"   |
                ----------------------
                """, table.out());
        assertEquals("sdk\r\nalipay-login-pay\r\nbaidu-location\r\n",
                CliRunner.run("query", FLAGSHIP.toString(), sparql, "--format", "csv").out());
        assertEquals("?sdk\n\"alipay-login-pay\"\n\"baidu-location\"\n",
                CliRunner.run("query", FLAGSHIP.toString(), sparql, "--format", "tsv").out());
        String json = CliRunner.run("query", FLAGSHIP.toString(), sparql, "--format", "json").out();
        assertTrue(json.contains("\"vars\": [ \"sdk\" ]"), json);
        Path rq = tmp.resolve("q.rq");
        Files.writeString(rq, sparql, StandardCharsets.UTF_8);
        assertEquals(table.out(), CliRunner.run("query", FLAGSHIP.toString(), "-f", rq.toString()).out());
        Path ttl = tmp.resolve("flagship.ttl");
        assertEquals(0, CliRunner.run("export", FLAGSHIP.toString(), "-o", ttl.toString()).exitCode());
        CliRunner fromRdf = CliRunner.run("query", ttl.toString(), "--named", "sdks-receiving", "--format", "csv");
        assertEquals(CliRunner.run("query", FLAGSHIP.toString(), "--named", "sdks-receiving", "--format", "csv").out(),
                fromRdf.out(), fromRdf.err());
        CliRunner ask = CliRunner.run("query", FLAGSHIP.toString(), "ASK { ?s a ppm:Sdk }");
        assertEquals("yes\n", ask.out());
    }

    @Test
    void usageErrorsExitTwoWithAHint() {
        CliRunner typo = CliRunner.run("query", FLAGSHIP.toString(), "--named", "sdk-receiving");
        assertEquals(2, typo.exitCode());
        assertEquals("ppm query: no named query `sdk-receiving`: did you mean `sdks-receiving`? (ppm query --list shows them)\n",
                typo.err());
        CliRunner badParam = CliRunner.run("query", FLAGSHIP.toString(), "--named", "consent-exceptions-by",
                "--param", "basis=maybe");
        assertEquals(2, badParam.exitCode());
        assertTrue(badParam.err().contains("`maybe` is not a valid legal-basis (one of CONSENT, "), badParam.err());
        CliRunner syntax = CliRunner.run("query", FLAGSHIP.toString(), "SELECT WHERE {");
        assertEquals(2, syntax.exitCode());
        assertTrue(syntax.err().startsWith("ppm query: SPARQL syntax error: "), syntax.err());
        assertEquals(2, CliRunner.run("query", FLAGSHIP.toString()).exitCode());
        assertEquals(2, CliRunner.run("query", FLAGSHIP.toString(), "--named", "sdks-receiving", "SELECT * {}").exitCode());
        assertEquals(2, CliRunner.run("query", "--store", tmp.resolve("none").toString(), "--named", "sdks-receiving").exitCode());
        assertEquals(2, CliRunner.run("serve", "--store", tmp.resolve("none").toString()).exitCode());
    }

    @Test
    void generateLoadAndQueryAStore() throws IOException {
        Path generated = tmp.resolve("generated");
        CliRunner gen = CliRunner.run("generate", "--count", "4", "--seed", "7", "-o", generated.toString());
        assertEquals(0, gen.exitCode(), gen.err());
        assertEquals("wrote 4 policies (seeds 7 to 10) to " + generated + "\n", gen.out());
        List<String> names;
        try (Stream<Path> files = Files.list(generated)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(4, names.size());
        assertTrue(names.stream().allMatch(n -> n.matches("policy-\\d+-s(7|8|9|10)\\.yaml")), names.toString());
        Path again = tmp.resolve("again");
        CliRunner.run("generate", "--count", "4", "--seed", "7", "-o", again.toString());
        for (String name : names) {
            assertEquals(Files.readString(generated.resolve(name)), Files.readString(again.resolve(name)), "deterministic");
        }
        Files.writeString(generated.resolve("zz-broken.yaml"), "id: Not Valid\n", StandardCharsets.UTF_8);

        Path store = tmp.resolve("store");
        CliRunner load = CliRunner.run("load", generated.toString(), FLAGSHIP.toString(), "--store", store.toString(),
                "--batch", "2");
        assertEquals(3, load.exitCode(), "one file was skipped: " + load.err());
        assertTrue(load.err().startsWith("ppm load: skipped " + generated.resolve("zz-broken.yaml") + ", it is invalid:\n"),
                load.err());
        assertTrue(load.out().startsWith("loaded 5 of 6 policies (0 replaced, 1 skipped as invalid) in "), load.out());
        assertTrue(load.out().contains(" holds 5 policies, "), load.out());
        assertTrue(!load.err().contains("\r["), "no progress bar when standard error is not a terminal");

        CliRunner reload = CliRunner.run("load", FLAGSHIP.toString(), "--store", store.toString(), "--progress");
        assertEquals(0, reload.exitCode(), reload.err());
        assertTrue(reload.out().startsWith("loaded 1 of 1 policies (1 replaced, 0 skipped as invalid)"), reload.out());
        assertTrue(reload.out().contains(" holds 5 policies, "), reload.out());
        assertTrue(reload.err().startsWith("\r[##############################] 1/1 files 100% "), reload.err());

        CliRunner dates = CliRunner.run("query", "--store", store.toString(), "--named", "policies-without-effective-date",
                "--format", "csv");
        assertEquals(0, dates.exitCode(), dates.err());
        assertTrue(dates.out().contains("\r\njinshang-consumer-finance,晋商消费金融隐私权政策,\r\n"), dates.out());
        CliRunner count = CliRunner.run("query", "--store", store.toString(),
                "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a ppm:Policy }", "--format", "csv");
        assertEquals("n\r\n5\r\n", count.out(), count.err());
    }
}
