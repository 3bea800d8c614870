package io.github.ppm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ppm inventory} end to end on the flagship and the sample app. */
class InventoryCommandTest {
    private static final String FLAGSHIP = "../examples/jinshang-consumer-finance/policy.yaml";
    private static final Path APP = Path.of("../core/src/test/resources/fixtures/inventory");

    @Test
    void findingsExitThreeAndPointAtTheAppsLines() {
        CliRunner run = CliRunner.run("inventory", FLAGSHIP, "--gradle", APP.resolve("app-dependencies.txt").toString(),
                "--manifest", APP.resolve("AndroidManifest.xml").toString());
        assertEquals(Main.EXIT_INVALID, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("app-dependencies.txt:22:1: error [PPM-INV-SDK-UNDECLARED] the app contains "
                + "Tencent Bugly crash reporting (`com.tencent.bugly:crashreport:4.1.9.3`)"), run.out());
        assertTrue(run.out().endsWith("5 error(s), 2 warning(s), 5 info\n"), run.out());
    }

    @Test
    void jsonAndChinese() throws Exception {
        CliRunner run = CliRunner.run("inventory", FLAGSHIP, "--manifest", APP.resolve("AndroidManifest.xml").toString(),
                "--format", "json", "--lang", "zh");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.path("counts").path("error").asInt() >= 1, run.out());
        assertTrue(run.out().contains("应用申请了 `android.permission.READ_CONTACTS`"), run.out());
    }

    @Test
    void aHostileManifestIsOneDiagnosticAndNoStackTrace() {
        CliRunner run = CliRunner.run("inventory", FLAGSHIP, "--manifest", APP.resolve("xxe-file.xml").toString());
        assertEquals(Main.EXIT_INVALID, run.exitCode());
        assertEquals(1, run.out().lines().filter(l -> l.contains(": error [")).count(), run.out());
        assertTrue(run.out().contains("[PPM-INV-XML-DOCTYPE]"), run.out());
        assertFalse(run.out().contains("root:") || run.out().contains("Exception"), run.out());
    }

    @Test
    void onlyErrorsFail(@TempDir Path dir) throws Exception {
        CliRunner run = CliRunner.run("inventory", FLAGSHIP, "--gradle", APP.resolve("plain-coordinates.txt").toString());
        assertEquals(Main.EXIT_INVALID, run.exitCode(), run.out());
        assertTrue(run.out().contains("Getui push SDK"), run.out());
        // The flagship's own SDKs only (and a library that is no SDK): warnings and notes, no error.
        Path deps = dir.resolve("deps.txt");
        Files.writeString(deps, "cn.jiguang.sdk:jpush:5.2.2\nandroidx.core:core-ktx:1.12.0\n");
        CliRunner clean = CliRunner.run("inventory", FLAGSHIP, "--gradle", deps.toString());
        assertEquals(0, clean.exitCode(), clean.out());
        assertTrue(clean.out().contains("[PPM-INV-SDK-ABSENT] the policy declares SDK `jiguang-verify`"), clean.out());
    }

    @Test
    void usage() {
        assertEquals(2, CliRunner.run("inventory", FLAGSHIP).exitCode());
        CliRunner help = CliRunner.run("inventory", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Examples:"));
    }
}
