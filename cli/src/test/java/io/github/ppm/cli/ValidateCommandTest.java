package io.github.ppm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ppm validate} end to end: exit codes, formats, and no stack traces for bad input. */
class ValidateCommandTest {
    private static final Path CORE_FIXTURES = Path.of("../core/src/test/resources/fixtures");

    @Test
    void validFileExitsZero() {
        CliRunner run = CliRunner.run("validate", CORE_FIXTURES.resolve("validate/minimal.yaml").toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().endsWith("0 error(s), 0 warning(s), 0 info\n"), run.out());
    }

    @Test
    void everyHostileFixtureExitsThreeWithOneLineAndNoStackTrace() throws IOException {
        List<Path> files;
        try (var stream = Files.list(CORE_FIXTURES.resolve("io"))) {
            files = stream.filter(f -> !f.toString().endsWith(".tsv")).sorted().toList();
        }
        assertTrue(files.size() >= 10);
        for (Path file : files) {
            CliRunner run = CliRunner.run("validate", file.toString());
            assertEquals(Main.EXIT_INVALID, run.exitCode(), file + ": " + run.out() + run.err());
            assertFalse(run.out().contains("Exception") || run.err().contains("Exception"), run.out() + run.err());
            assertFalse(run.out().contains("\tat "), "no stack trace");
            assertTrue(run.out().lines().anyMatch(l -> l.contains(": error [PPM-IO-")), run.out());
            assertEquals("", run.err(), "findings go to stdout");
        }
    }

    @Test
    void humanOutputPointsAtFileLineAndColumn() {
        String file = CORE_FIXTURES.resolve("io/unknown-field.yaml").toString();
        CliRunner run = CliRunner.run("validate", file);
        assertEquals(file + ":9:3: error [PPM-IO-UNKNOWN-FIELD] unknown field `sorce`", run.out().lines().findFirst().orElseThrow());
        assertTrue(run.out().contains("= help: did you mean `source`?"), run.out());
    }

    @Test
    void chineseMessages() {
        CliRunner run = CliRunner.run("validate", "--lang", "zh", CORE_FIXTURES.resolve("io/unknown-field.yaml").toString());
        assertTrue(run.out().contains("未知字段 `sorce`"), run.out());
    }

    @Test
    void jsonAndSarifFormatsParse() throws IOException {
        String file = CORE_FIXTURES.resolve("io/duplicate-key.yaml").toString();
        JsonNode json = new ObjectMapper().readTree(CliRunner.run("validate", "--format", "json", file).out());
        assertEquals("PPM-IO-DUPLICATE-KEY", json.path("diagnostics").get(0).path("rule").asText());
        JsonNode sarif = new ObjectMapper().readTree(CliRunner.run("validate", "--format", "sarif", file).out());
        assertEquals("PPM-IO-DUPLICATE-KEY", sarif.path("runs").get(0).path("results").get(0).path("ruleId").asText());
    }

    @Test
    void sarifNamesAFileWithSpacesAndChineseAsAUriRelativeToTheWorkingFolder() throws IOException {
        Path file = Path.of("target/sarif test/政策 1.yaml");
        Files.createDirectories(file.getParent());
        Files.copy(CORE_FIXTURES.resolve("io/duplicate-key.yaml"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        JsonNode run = new ObjectMapper().readTree(CliRunner.run("validate", "--format", "sarif", file.toString()).out())
                .path("runs").get(0);
        JsonNode artifact = run.path("results").get(0).path("locations").get(0).path("physicalLocation")
                .path("artifactLocation");
        assertEquals("target/sarif%20test/%E6%94%BF%E7%AD%96%201.yaml", artifact.path("uri").asText());
        assertEquals("%SRCROOT%", artifact.path("uriBaseId").asText());
        String base = run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText();
        assertEquals(file.toAbsolutePath(), Path.of(java.net.URI.create(base).resolve(artifact.path("uri").asText())));
        JsonNode rule = run.path("tool").path("driver").path("rules").get(0);
        assertEquals("duplicate key `…`", rule.path("shortDescription").path("text").asText());
        assertTrue(rule.path("help").path("text").asText().startsWith("each key may appear once"), rule.toString());
    }

    @Test
    void severalFilesAreReportedTogether() {
        CliRunner run = CliRunner.run("validate", CORE_FIXTURES.resolve("validate/minimal.yaml").toString(),
                CORE_FIXTURES.resolve("io/bad-id.yaml").toString());
        assertEquals(Main.EXIT_INVALID, run.exitCode());
        assertTrue(run.out().contains("1 error(s)"), run.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRunner.run("validate").exitCode());
        assertEquals(2, CliRunner.run("validate", "--format", "xml", "x.yaml").exitCode());
        assertEquals(2, CliRunner.run("no-such-command").exitCode());
    }

    @Test
    void helpAndVersionExitZeroAndTeach() {
        CliRunner help = CliRunner.run("validate", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Examples:"), help.out());
        CliRunner version = CliRunner.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("ppm "), version.out());
    }

    /**
     * The review found {@code validate}'s and {@code build}'s SARIF without rule descriptions: a
     * code-scanning viewer then shows bare ids. Every rule a result names is described, with help.
     */
    @Test
    void validateAndBuildSarifDescribeEveryRuleTheyReport(@TempDir Path site) throws IOException {
        List<JsonNode> runs = new ArrayList<>();
        for (String fixture : List.of("io/duplicate-key.yaml", "validate/references.yaml")) {
            runs.add(new ObjectMapper().readTree(CliRunner.run("validate", "--format", "sarif",
                    CORE_FIXTURES.resolve(fixture).toString()).out()));
        }
        CliRunner build = CliRunner.run("build", "../examples/jinshang-consumer-finance/policy.yaml", "-o", site.toString());
        assertEquals(0, build.exitCode(), build.err());
        for (String report : List.of("validation/report.sarif", "lint/report.sarif")) {
            runs.add(new ObjectMapper().readTree(site.resolve(report).toFile()));
        }
        int described = 0;
        for (JsonNode sarif : runs) {
            JsonNode run = sarif.path("runs").get(0);
            Map<String, JsonNode> rules = new HashMap<>();
            run.path("tool").path("driver").path("rules").forEach(rule -> rules.put(rule.path("id").asText(), rule));
            for (JsonNode result : run.path("results")) {
                JsonNode rule = rules.get(result.path("ruleId").asText());
                assertTrue(rule != null, result.path("ruleId") + " is not among the rules");
                assertFalse(rule.path("shortDescription").path("text").asText().isBlank(), rule.toString());
                assertFalse(rule.path("help").path("text").asText().isBlank(), rule.toString());
                described++;
            }
        }
        assertTrue(described > 10, "too few results to show anything: " + described);
    }
}

