package io.github.ppm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ppm lint} and {@code ppm rules} end to end. */
class LintCommandTest {
    private static final String FLAGSHIP = "../examples/jinshang-consumer-finance/policy.yaml";
    private static final String LINKS_BAD = "../core/src/test/resources/lint/CONSIST-LINKS/bad.yaml";

    @Test
    void flagshipHasErrorsSoExitsThree() {
        CliRunner run = CliRunner.run("lint", FLAGSHIP);
        assertEquals(Main.EXIT_INVALID, run.exitCode(), run.err());
        assertTrue(run.out().contains(": error [PIPL-13-BASES] consent exception `cu-service-security`"), run.out());
        assertTrue(run.out().endsWith(" info\n"), run.out());
    }

    @Test
    void chineseJsonAndSarif() throws IOException {
        CliRunner zh = CliRunner.run("lint", "--lang", "zh", FLAGSHIP);
        assertTrue(zh.out().contains("同意例外 `cu-service-security` 依据 GB/T 35273-2020 5.6 i)"), zh.out());
        var json = new ObjectMapper().readTree(CliRunner.run("lint", "--format", "json", FLAGSHIP).out());
        assertTrue(json.path("counts").path("error").asInt() > 0);
        var sarif = new ObjectMapper().readTree(CliRunner.run("lint", "--format", "sarif", FLAGSHIP).out());
        assertEquals("2.1.0", sarif.path("version").asText());
    }

    @Test
    void failOnAndFlags() {
        assertTrue(CliRunner.run("lint", LINKS_BAD).out().contains("info [CONSIST-LINKS]"));
        assertEquals(Main.EXIT_INVALID, CliRunner.run("lint", "--fail-on", "warning", LINKS_BAD).exitCode());
        assertEquals(0, CliRunner.run("lint", "--fail-on", "never", FLAGSHIP).exitCode());
        CliRunner raised = CliRunner.run("lint", "--severity", "CONSIST-LINKS=error", LINKS_BAD);
        assertEquals(Main.EXIT_INVALID, raised.exitCode());
        assertTrue(raised.out().contains("error [CONSIST-LINKS]"), raised.out());
        CliRunner off = CliRunner.run("lint", "--disable", "CONSIST-LINKS", LINKS_BAD);
        assertTrue(!off.out().contains("[CONSIST-LINKS]"), off.out());
    }

    @Test
    void unknownRuleIdIsAUsageErrorWithASuggestion() {
        CliRunner run = CliRunner.run("lint", "--disable", "PIPL-13-BASE", LINKS_BAD);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("did you mean `PIPL-13-BASES`?"), run.err());
        assertEquals(2, CliRunner.run("lint", "--severity", "PIPL-52=loud", LINKS_BAD).exitCode());
        assertEquals(2, CliRunner.run("rules", "NO-SUCH").exitCode());
    }

    @Test
    void invalidPolicyGetsValidationFindingsAndExitThree() {
        CliRunner run = CliRunner.run("lint", "../core/src/test/resources/fixtures/io/unknown-field.yaml");
        assertEquals(Main.EXIT_INVALID, run.exitCode());
        assertTrue(run.out().contains("[PPM-IO-UNKNOWN-FIELD]"), run.out());
    }

    @Test
    void configFileNextToThePolicyIsUsed(@TempDir Path dir) throws IOException {
        Path policy = dir.resolve("policy.yaml");
        Files.copy(Path.of(LINKS_BAD), policy);
        Files.writeString(dir.resolve(".ppm-lint.yaml"), "severity:\n  CONSIST-LINKS: error\n");
        assertTrue(CliRunner.run("lint", policy.toString()).out().contains("error [CONSIST-LINKS]"));
        Path other = dir.resolve("other.yaml");
        Files.writeString(other, "disable: [CONSIST-LINKS]\n");
        CliRunner explicit = CliRunner.run("lint", "--config", other.toString(), policy.toString());
        assertTrue(!explicit.out().contains("[CONSIST-LINKS]"), explicit.out());
        Files.writeString(dir.resolve(".ppm-lint.yaml"), "disable: [NOPE]\n");
        CliRunner broken = CliRunner.run("lint", policy.toString());
        assertEquals(Main.EXIT_INVALID, broken.exitCode());
        assertTrue(broken.out().contains("[PPM-LINT-UNKNOWN-RULE]"), broken.out());
    }

    @Test
    void rulesListsAndPrintsPages() {
        CliRunner list = CliRunner.run("rules");
        assertEquals(0, list.exitCode());
        assertTrue(list.out().contains("PIPL-13-BASES") && list.out().contains("64 rules"), list.out());
        assertTrue(CliRunner.run("rules", "--lang", "zh").out().contains("征得同意的例外须有"));
        CliRunner page = CliRunner.run("rules", "AML-RETENTION");
        assertEquals(0, page.exitCode());
        assertTrue(page.out().startsWith("# AML-RETENTION — "), page.out());
        assertTrue(CliRunner.run("lint", "--help").out().contains("Examples:"));
        assertTrue(CliRunner.run("rules", "--help").out().contains("Examples:"));
    }
}
