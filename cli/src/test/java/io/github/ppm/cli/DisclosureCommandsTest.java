package io.github.ppm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dd.plist.NSDictionary;
import com.dd.plist.PropertyListParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ppm tables}, {@code ppm labels} and {@code ppm build} end to end. */
class DisclosureCommandsTest {
    private static final String SMALL = "../core/src/test/resources/fixtures/disclosure/small.yaml";
    private static final String BROKEN = "../core/src/test/resources/fixtures/io/unknown-field.yaml";

    @Test
    void tablesPrintsTheChosenKindFormatAndLanguage() throws Exception {
        CliRunner html = CliRunner.run("tables", SMALL, "--kind", "collection");
        assertEquals(0, html.exitCode(), html.err());
        assertTrue(html.out().startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), "HTML in Chinese by default");
        assertTrue(html.out().contains("个人信息收集清单"));

        CliRunner md = CliRunner.run("tables", SMALL, "--kind", "sharing", "--format", "md", "--lang", "en");
        assertTrue(md.out().startsWith("# Third-party sharing list\n"), md.out());

        CliRunner json = CliRunner.run("tables", SMALL, "--kind", "rights", "--format", "json");
        JsonNode tree = new ObjectMapper().readTree(json.out());
        assertEquals("rights", tree.get("kind").asText());
        assertEquals("/rights/0", tree.get("rows").get(0).get("source").asText());
    }

    @Test
    void tablesWritesToAFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sub/sharing.csv");
        CliRunner run = CliRunner.run("tables", SMALL, "--kind", "sharing", "--format", "csv", "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF第三方名称,第三方主体,"), csv);
    }

    @Test
    void anInvalidPolicyExitsThreeWithItsFindingsOnStderr() {
        for (String verb : new String[] {"tables", "labels"}) {
            CliRunner run = "tables".equals(verb) ? CliRunner.run(verb, BROKEN, "--kind", "collection")
                    : CliRunner.run(verb, BROKEN, "--target", "apple");
            assertEquals(Main.EXIT_INVALID, run.exitCode(), verb);
            assertEquals("", run.out(), verb + ": nothing half-made on stdout");
            assertTrue(run.err().contains("[PPM-IO-UNKNOWN-FIELD]"), run.err());
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRunner.run("tables", SMALL).exitCode(), "--kind is required");
        assertEquals(2, CliRunner.run("tables", SMALL, "--kind", "nonsense").exitCode());
        assertEquals(2, CliRunner.run("tables", SMALL, "--kind", "collection", "--format", "xlsx").exitCode());
        assertEquals(2, CliRunner.run("labels", SMALL, "--target", "windows").exitCode());
        assertEquals(2, CliRunner.run("build", SMALL).exitCode(), "-o is required");
    }

    @Test
    void labelsWritesTheStoreFileAndListsFindingsOnStderr(@TempDir Path dir) throws Exception {
        Path plist = dir.resolve("PrivacyInfo.xcprivacy");
        CliRunner apple = CliRunner.run("labels", SMALL, "--target", "apple", "-o", plist.toString());
        assertEquals(0, apple.exitCode(), apple.err());
        NSDictionary root = (NSDictionary) PropertyListParser.parse(plist.toFile());
        assertTrue(root.containsKey("NSPrivacyCollectedDataTypes"));
        assertTrue(apple.err().contains("warning [PPM-LABEL-UNMAPPED-CATEGORY] data category `network.ip`"), apple.err());

        CliRunner play = CliRunner.run("labels", SMALL, "--target", "play", "--lang", "zh");
        assertEquals(0, play.exitCode());
        assertTrue(play.out().startsWith("Question ID (machine readable),Response ID (machine readable),"));
        assertTrue(play.err().contains("未说明其提供方是否为受托处理者"), play.err());
    }

    @Test
    void buildWritesTheSiteAndPrintsASummary(@TempDir Path dir) throws Exception {
        CliRunner run = CliRunner.run("build", SMALL, "-o", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("ppm build: wrote 74 files to " + dir), run.out());
        assertTrue(run.out().contains("  Compliance check: 4 file(s);"), run.out());
        assertTrue(run.out().contains("  RDF (DPV): 4 file(s);"), run.out());
        assertTrue(run.out().contains("  Disclosure tables: 56 file(s); 0 error(s), 0 warning(s), 0 info"), run.out());
        assertTrue(run.out().contains("open " + dir.resolve("index.html")), run.out());
        assertTrue(Files.isRegularFile(dir.resolve("tables/collection.zh.html")));
        assertTrue(Files.isRegularFile(dir.resolve("labels/data-safety.csv")));

        CliRunner broken = CliRunner.run("build", BROKEN, "-o", dir.resolve("broken").toString(), "--lang", "zh");
        assertEquals(Main.EXIT_INVALID, broken.exitCode());
        assertTrue(broken.out().contains("校验报告"), broken.out());
        assertTrue(Files.isRegularFile(dir.resolve("broken/validation/report.zh.txt")));
    }

    @Test
    void everyNewCommandHasHelpWithExamples() {
        for (String verb : new String[] {"tables", "labels", "build"}) {
            CliRunner help = CliRunner.run(verb, "--help");
            assertEquals(0, help.exitCode(), verb);
            assertTrue(help.out().contains("Examples:"), verb);
            assertFalse(help.out().contains("Exception"), verb);
        }
        assertTrue(CliRunner.run("--help").out().contains("tables"));
    }
}
