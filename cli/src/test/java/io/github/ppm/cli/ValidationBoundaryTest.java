package io.github.ppm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that reads a policy validates it first: an invalid one gets its diagnostics and exit
 * code 3, and nothing is decided from it. {@code ppm build} lints exactly as {@code ppm lint} does.
 */
class ValidationBoundaryTest {
    private static final Path FLAGSHIP = Path.of("../examples/jinshang-consumer-finance/policy.yaml");

    @TempDir
    Path dir;

    /** The flagship with one SDK provided by a party it does not declare: readable, not valid. */
    private Path dangling() throws IOException {
        String yaml = Files.readString(FLAGSHIP, StandardCharsets.UTF_8);
        String broken = yaml.replaceFirst("provider: baidu-netcom", "provider: ghost-vendor");
        assertFalse(broken.equals(yaml));
        Path file = dir.resolve("dangling.yaml");
        Files.writeString(file, broken, StandardCharsets.UTF_8);
        return file;
    }

    private static void refused(CliRunner run, String command) {
        assertEquals(Main.EXIT_INVALID, run.exitCode(), command + ": " + run.out() + run.err());
        String said = run.out() + run.err();
        assertTrue(said.contains("ghost-vendor") && said.contains("PPM-REF"), command + " prints the diagnostic: " + said);
    }

    @Test
    void guardRefusesAnInvalidPolicy() throws IOException {
        // Before, this flow was "allowed as declared" by the broken SDK entry.
        refused(CliRunner.run("guard", dangling().toString(), "--data", "location", "--purpose", "location-lookup",
                "--sdk", "baidu-location", "--consent", "given"), "guard");
    }

    @Test
    void diffRefusesAnInvalidVersionOnEitherSide() throws IOException {
        Path broken = dangling();
        refused(CliRunner.run("diff", FLAGSHIP.toString(), broken.toString()), "diff after");
        refused(CliRunner.run("diff", broken.toString(), FLAGSHIP.toString()), "diff before");
    }

    @Test
    void inventoryRefusesAnInvalidPolicy() throws IOException {
        Path manifest = dir.resolve("AndroidManifest.xml");
        Files.writeString(manifest, """
                <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="x.y">
                  <uses-permission android:name="android.permission.CAMERA"/>
                </manifest>
                """, StandardCharsets.UTF_8);
        refused(CliRunner.run("inventory", dangling().toString(), "--manifest", manifest.toString()), "inventory");
    }

    @Test
    void everyOtherReadingCommandRefusesItToo() throws IOException {
        Path broken = dangling();
        refused(CliRunner.run("validate", broken.toString()), "validate");
        refused(CliRunner.run("lint", broken.toString()), "lint");
        refused(CliRunner.run("export", broken.toString(), "--format", "ttl"), "export");
        refused(CliRunner.run("tables", broken.toString(), "--kind", "sharing"), "tables");
        refused(CliRunner.run("labels", broken.toString(), "--target", "apple"), "labels");
        refused(CliRunner.run("query", broken.toString(), "--named", "sdks-receiving"), "query");
        CliRunner build = CliRunner.run("build", broken.toString(), "-o", dir.resolve("site").toString());
        assertEquals(Main.EXIT_INVALID, build.exitCode(), build.out() + build.err());
        assertFalse(Files.exists(dir.resolve("site/tables")), "nothing is built from an invalid policy but its report");
        assertTrue(Files.readString(dir.resolve("site/validation/report.en.txt")).contains("ghost-vendor"));
    }

    @Test
    void importRefusesAGraphThatDoesNotMakeAValidPolicy() throws IOException {
        CliRunner exported = CliRunner.run("export", FLAGSHIP.toString(), "--format", "nt");
        assertEquals(0, exported.exitCode(), exported.err());
        // The SDK's provider now points at a party the graph never describes.
        String nt = exported.out().replaceFirst("(<[^>]*/sdk/baidu-location> <https://w3id.org/ppm#provider> <[^>]*/party/)"
                + "baidu-netcom>", "$1ghost-vendor>");
        assertFalse(nt.equals(exported.out()));
        Path graph = dir.resolve("broken.nt");
        Files.writeString(graph, nt, StandardCharsets.UTF_8);
        Path out = dir.resolve("imported.yaml");
        CliRunner run = CliRunner.run("import", graph.toString(), "-o", out.toString());
        refused(run, "import");
        assertFalse(Files.exists(out), "no invalid policy is written");
    }

    @Test
    void buildAndLintReportTheSameFindingsUnderTheProjectsLintFile() throws IOException {
        Path project = dir.resolve("project");
        Files.createDirectories(project);
        Path policy = project.resolve("policy.yaml");
        Files.copy(FLAGSHIP, policy);
        Files.writeString(project.resolve(".ppm-lint.yaml"), """
                disable: [PIPL-13-BASES]
                severity:
                  CONSIST-LINKS: error
                """, StandardCharsets.UTF_8);
        CliRunner lint = CliRunner.run("lint", "--format", "json", policy.toString());
        CliRunner build = CliRunner.run("build", policy.toString(), "-o", dir.resolve("site").toString());
        assertEquals(0, build.exitCode(), build.err());
        ObjectMapper json = new ObjectMapper();
        List<String> fromLint = findings(json.readTree(lint.out()));
        List<String> fromBuild = findings(json.readTree(dir.resolve("site/lint/report.json").toFile()));
        assertEquals(fromLint, fromBuild);
        assertTrue(fromLint.stream().noneMatch(f -> f.contains("PIPL-13-BASES")), "the project file disables it");
        assertTrue(fromLint.stream().anyMatch(f -> f.startsWith("CONSIST-LINKS error")), "and raises this one");
        // The same flags on the command line agree too.
        CliRunner flagged = CliRunner.run("build", policy.toString(), "-o", dir.resolve("site2").toString(),
                "--disable", "CONSIST-LINKS");
        assertEquals(0, flagged.exitCode(), flagged.err());
        List<String> withFlag = findings(json.readTree(dir.resolve("site2/lint/report.json").toFile()));
        assertEquals(findings(json.readTree(CliRunner.run("lint", "--format", "json", "--disable", "CONSIST-LINKS",
                policy.toString()).out())), withFlag);
        assertTrue(withFlag.stream().noneMatch(f -> f.contains("CONSIST-LINKS")));
    }

    private static List<String> findings(JsonNode report) {
        List<String> result = new ArrayList<>();
        for (JsonNode d : report.path("diagnostics")) {
            result.add(d.path("rule").asText() + " " + d.path("severity").asText() + " "
                    + d.path("location").path("pointer").asText() + " " + d.path("message").asText());
        }
        assertFalse(result.isEmpty(), "a report with findings: " + report);
        return result;
    }
}
