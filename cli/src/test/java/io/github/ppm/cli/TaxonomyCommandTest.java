package io.github.ppm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ppm taxonomy list|show|search} end to end: output, formats, policy-local keys and exit codes. */
class TaxonomyCommandTest {
    private static final Path CORE_FIXTURES = Path.of("../core/src/test/resources/fixtures");
    /** Declares the category `identity.school-roll-number` (学籍号) of its own. */
    private static final String LOCAL_KEYS = "src/test/resources/taxonomy/local-keys.yaml";

    private static JsonNode json(CliRunner run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    private static List<String> keys(JsonNode array) {
        List<String> keys = new ArrayList<>();
        array.forEach(entry -> keys.add(entry.path("taxonomy").asText() + ":" + entry.path("key").asText()));
        return keys;
    }

    @Test
    void searchPrintsTheKeyWithLabelsAliasesDpvAndSensitivity() {
        CliRunner run = CliRunner.run("taxonomy", "search", "身份证号码");
        assertEquals(0, run.exitCode(), run.err());
        String first = run.out().substring(0, run.out().indexOf("\n\n"));
        assertTrue(first.startsWith("identity.document.id-number  (data-category)"), run.out());
        assertTrue(first.contains("matched:   alias `身份证号码`, exact"), first);
        assertTrue(first.contains("DPV:"), first);
        assertTrue(first.contains("sensitive: yes"), first);
    }

    @Test
    void searchSpeaksChinese() {
        CliRunner run = CliRunner.run("taxonomy", "search", "设备识别码", "--lang", "zh", "--limit", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\n  匹配:      别名 `设备识别码`，完全一致\n"), run.out());
        assertTrue(run.out().contains("显示 1 个"), run.out());
    }

    @Test
    void searchJsonParsesAndRanksAnExactAliasFirst() throws IOException {
        JsonNode root = json(CliRunner.run("taxonomy", "search", "设备识别码", "--format", "json"));
        assertEquals("设备识别码", root.path("term").asText());
        JsonNode first = root.path("results").get(0);
        assertEquals("device.identifier", first.path("key").asText());
        assertEquals("exact", first.path("match").path("kind").asText());
        assertEquals("alias", first.path("match").path("field").asText());
        assertEquals("term_in_name", root.path("results").get(1).path("match").path("kind").asText());
        assertTrue(root.path("found").asInt() >= root.path("results").size());
    }

    @Test
    void fullWidthAndSpacedWordsAreOneNormalisedTerm() throws IOException {
        JsonNode root = json(CliRunner.run("taxonomy", "search", "ＩＰ", "地址", "--format", "json"));
        assertEquals("ip地址", root.path("normalised").asText());
        assertEquals("network.ip", root.path("results").get(0).path("key").asText());
    }

    @Test
    void inKeepsOneTaxonomy() throws IOException {
        JsonNode root = json(CliRunner.run("taxonomy", "search", "设备信息", "--in", "permission", "--format", "json"));
        List<String> found = keys(root.path("results"));
        assertFalse(found.isEmpty());
        assertTrue(found.stream().allMatch(k -> k.startsWith("permission:")), found.toString());
        assertEquals("permission:device-info", found.get(0));
    }

    @Test
    void unknownInIsAUsageError() {
        CliRunner run = CliRunner.run("taxonomy", "search", "IMEI", "--in", "data-categories");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown taxonomy `data-categories`"), run.err());
        assertTrue(run.err().contains("`data-category`"), run.err());
    }

    @Test
    void aBadLimitIsAUsageError() {
        assertEquals(2, CliRunner.run("taxonomy", "search", "IMEI", "--limit", "0").exitCode());
        assertEquals(2, CliRunner.run("taxonomy", "search").exitCode());
    }

    @Test
    void noMatchExitsOneWithTheNearestKey() {
        CliRunner run = CliRunner.run("taxonomy", "search", "IMEl");
        assertEquals(TaxonomyCommand.EXIT_NOT_FOUND, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("no key matches `IMEl`; did you mean `device.identifier.imei`?"), run.err());
        CliRunner none = CliRunner.run("taxonomy", "search", "zzqx");
        assertEquals(1, none.exitCode());
        assertTrue(none.err().contains("no key matches `zzqx`"), none.err());
    }

    @Test
    void policyAddsItsOwnKeys() throws IOException {
        assertEquals(1, CliRunner.run("taxonomy", "search", "学籍号").exitCode());
        CliRunner run = CliRunner.run("taxonomy", "search", "学籍号", "--policy", LOCAL_KEYS, "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode first = json(run).path("results").get(0);
        assertEquals("identity.school-roll-number", first.path("key").asText());
        assertEquals("exact", first.path("match").path("kind").asText());
        assertTrue(first.path("sensitive").asBoolean());
    }

    @Test
    void anInvalidPolicyExitsThreeWithItsDiagnostics() {
        CliRunner run = CliRunner.run("taxonomy", "search", "IMEI", "--policy",
                CORE_FIXTURES.resolve("io/unknown-field.yaml").toString());
        assertEquals(Main.EXIT_INVALID, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("unknown-field.yaml:"), run.err());
    }

    @Test
    void showPrintsEveryTaxonomyThatHasTheKey() {
        CliRunner run = CliRunner.run("taxonomy", "show", "location");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("location  (data-category)"), run.out());
        assertTrue(run.out().contains("location  (permission)"), run.out());
        assertTrue(run.out().contains("android.permission.ACCESS_FINE_LOCATION"), run.out());
        assertTrue(run.out().contains("reaches:"), run.out());
        assertFalse(run.out().contains("matched:"), run.out());
    }

    @Test
    void showJsonHasThePermissionNamesAndReach() throws IOException {
        JsonNode entries = json(CliRunner.run("taxonomy", "show", "camera", "--format", "json")).path("entries");
        assertEquals(List.of("permission:camera"), keys(entries));
        assertTrue(entries.get(0).path("android").toString().contains("android.permission.CAMERA"));
        assertTrue(entries.get(0).path("reaches").size() > 0);
    }

    @Test
    void showAnUnknownKeySuggestsOne() {
        CliRunner run = CliRunner.run("taxonomy", "show", "device.identifer.imei");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("did you mean `device.identifier.imei`?"), run.err());
    }

    @Test
    void listUnderAKeyKeepsItsDescendants() throws IOException {
        JsonNode entries = json(CliRunner.run("taxonomy", "list", "--under", "device.identifier", "--format", "json"))
                .path("entries");
        List<String> found = keys(entries);
        assertEquals("data-category:device.identifier", found.get(0));
        assertTrue(found.contains("data-category:device.identifier.imei"), found.toString());
        assertTrue(found.stream().allMatch(k -> k.startsWith("data-category:device.identifier")), found.toString());
    }

    @Test
    void listGroupsByTaxonomyAndMarksSensitiveData() {
        CliRunner run = CliRunner.run("taxonomy", "list", "--in", "data-category");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("data-category ("), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.contains("identity.document.id-number") && l.endsWith("[sensitive]")));
        assertFalse(run.out().contains("permission ("), "--in data-category listed permissions");
    }

    @Test
    void helpHasExamples() {
        CliRunner run = CliRunner.run("taxonomy", "search", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("ppm taxonomy search 设备识别码"), run.out());
        assertTrue(CliRunner.run("taxonomy").out().contains("search"));
    }
}
