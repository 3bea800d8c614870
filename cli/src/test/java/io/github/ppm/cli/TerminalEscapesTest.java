package io.github.ppm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replays: escape sequences and bidi overrides in a policy or an argument reach no terminal raw. */
class TerminalEscapesTest {
    private static final Path FLAGSHIP = Path.of("../examples/jinshang-consumer-finance/policy.yaml");

    private static void assertNoRawControls(String out) {
        assertFalse(out.chars().anyMatch(c -> c == 0x1B || c == 0x9B || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069), "raw control in: " + out);
    }

    @Test
    void validateAndLintEscapeAnUnknownKey(@TempDir Path dir) throws IOException {
        Path policy = dir.resolve("policy.yaml");
        String yaml = Files.readString(FLAGSHIP, StandardCharsets.UTF_8);
        Files.writeString(policy, yaml.replaceFirst("\nid: ", "\n\"\\\\e[2J\\\\u202Eevil\": 1\nid: "), StandardCharsets.UTF_8);
        for (String verb : new String[] {"validate", "lint"}) {
            CliRunner run = CliRunner.run(verb, policy.toString());
            assertEquals(Main.EXIT_INVALID, run.exitCode(), verb + ": " + run.out() + run.err());
            assertTrue((run.out() + run.err()).contains("`\\u001b[2J\\u202eevil`"), verb + ": " + run.out() + run.err());
            assertNoRawControls(run.out() + run.err());
        }
    }

    @Test
    void diffEscapesAChangedLabel(@TempDir Path dir) throws IOException {
        Path changed = dir.resolve("changed.yaml");
        String yaml = Files.readString(FLAGSHIP, StandardCharsets.UTF_8);
        String from = "label: {zh: 极光消息推送 SDK, en: Jiguang (Aurora) push SDK}";
        assertTrue(yaml.contains(from));
        Files.writeString(changed, yaml.replace(from, "label: {zh: 极光消息推送 SDK, en: \"Jiguang \\u202Epush\\x9B31m SDK\"}"),
                StandardCharsets.UTF_8);
        CliRunner run = CliRunner.run("diff", FLAGSHIP.toString(), changed.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Jiguang \\u202epush\\u009b31m SDK"), run.out());
        assertNoRawControls(run.out());
    }

    @Test
    void guardEscapesItsArguments() {
        CliRunner run = CliRunner.run("guard", FLAGSHIP.toString(), "--data", "device\u001b[31m.imei", "--purpose",
                "push-delivery", "--sdk", "jiguang-push\u202E", "--consent", "given");
        assertEquals(Main.EXIT_INVALID, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("device\\u001b[31m.imei"), run.out());
        assertNoRawControls(run.out() + run.err());
    }
}
