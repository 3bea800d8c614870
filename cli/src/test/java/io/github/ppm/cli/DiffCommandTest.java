package io.github.ppm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ppm diff} end to end: the exit code says whether users must consent again. */
class DiffCommandTest {
    private static final Path FLAGSHIP = Path.of("../examples/jinshang-consumer-finance/policy.yaml");

    @Test
    void sameVersionExitsZero() {
        CliRunner run = CliRunner.run("diff", FLAGSHIP.toString(), FLAGSHIP.toString());
        assertEquals(0, run.exitCode(), run.out());
        assertEquals("no material change (0 change(s)): no new consent is needed\n", run.out());
    }

    @Test
    void wordingExitsZeroAndANewRetentionPeriodExitsFour(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(FLAGSHIP, StandardCharsets.UTF_8);
        Path wording = dir.resolve("wording.yaml");
        Files.writeString(wording, yaml.replace("label: {zh: 极光消息推送 SDK, en: Jiguang (Aurora) push SDK}",
                "label: {zh: 极光推送 SDK, en: Jiguang push SDK}"));
        CliRunner run = CliRunner.run("diff", FLAGSHIP.toString(), wording.toString());
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains("not material: wording, labels or sources only"), run.out());
        Path longer = dir.resolve("longer.yaml");
        Files.writeString(longer, yaml.replace("minimum: P5Y", "minimum: P10Y"));
        CliRunner material = CliRunner.run("diff", FLAGSHIP.toString(), longer.toString(), "--format", "json");
        assertEquals(DiffCommand.EXIT_MATERIAL, material.exitCode(), material.out());
        JsonNode json = new ObjectMapper().readTree(material.out());
        assertEquals("RETENTION", json.path("kinds").get(0).asText());
        assertEquals("七.(一).2", json.path("changes").get(0).path("criteria").get(0).path("policySection").asText());
        CliRunner md = CliRunner.run("diff", FLAGSHIP.toString(), longer.toString(), "--format", "md", "--lang", "zh");
        assertTrue(md.out().startsWith("# 从 `jinshang-consumer-finance` 到 `jinshang-consumer-finance` 的变更\n"), md.out());
    }

    @Test
    void anUnreadableVersionExitsThree(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "id: [\n");
        CliRunner run = CliRunner.run("diff", FLAGSHIP.toString(), broken.toString());
        assertEquals(Main.EXIT_INVALID, run.exitCode());
        assertTrue(run.out().contains("[PPM-IO-"), run.out());
    }

    @Test
    void usage() {
        assertEquals(2, CliRunner.run("diff", FLAGSHIP.toString()).exitCode());
        assertEquals(2, CliRunner.run("diff", "a", "b", "--format", "html").exitCode());
        CliRunner help = CliRunner.run("diff", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("4 material change"), help.out());
    }
}
