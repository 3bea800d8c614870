package io.github.ppm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code ppm guard} end to end on the flagship: exit codes, formats, suggestions. */
class GuardCommandTest {
    private static final String FLAGSHIP = "../examples/jinshang-consumer-finance/policy.yaml";

    @Test
    void anAllowedFlowExitsZeroAndCitesItsSection() {
        CliRunner run = CliRunner.run("guard", FLAGSHIP, "--data", "device.identifier.oaid",
                "--purpose", "push-delivery", "--sdk", "jiguang-push", "--consent", "given");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().startsWith("allowed as declared [ALLOWED_AS_DECLARED]\n"), run.out());
        assertTrue(run.out().contains("一.(五).1  sdk jiguang-push"), run.out());
    }

    @Test
    void consentDefaultsToNoneAndThenTheFlowNeedsConsent() {
        CliRunner run = CliRunner.run("guard", FLAGSHIP, "--data", "device.identifier.oaid",
                "--purpose", "push-delivery", "--sdk", "jiguang-push");
        assertEquals(Main.EXIT_INVALID, run.exitCode(), run.out());
        assertTrue(run.out().startsWith("needs consent [NEEDS_CONSENT]"), run.out());
    }

    @Test
    void jsonNamesTheExceptionAndItsBasis() throws Exception {
        CliRunner run = CliRunner.run("guard", FLAGSHIP, "--data", "identity.document.id-number",
                "--purpose", "legal-compliance.authority-request", "--recipient", "competent-authorities",
                "--consent", "withdrawn", "--format", "json");
        assertEquals(0, run.exitCode(), run.out());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("ALLOWED_BY_EXCEPTION", json.path("outcome").asText());
        assertEquals("std-legal-duty", json.path("exception").path("id").asText());
        assertEquals("13(3)", json.path("exception").path("piplArticle").asText());
        assertEquals("二.(一).2", json.path("citations").get(0).path("section").asText());
    }

    @Test
    void aBroaderCategoryThanDeclaredIsNotAllowed() {
        CliRunner run = CliRunner.run("guard", FLAGSHIP, "--data", "location", "--purpose",
                "push-delivery.regional", "--sdk", "jiguang-push", "--consent", "given", "--lang", "zh");
        assertEquals(Main.EXIT_INVALID, run.exitCode());
        assertTrue(run.out().startsWith("未声明 [UNDECLARED]"), run.out());
        assertTrue(run.out().contains("[DATA_PARTLY_DECLARED]"), run.out());
    }

    @Test
    void aMisspeltKeyGetsASuggestion() {
        CliRunner run = CliRunner.run("guard", FLAGSHIP, "--data", "device.identifer.imei", "--purpose",
                "push-delivery", "--sdk", "jiguang-psuh", "--consent", "given");
        assertEquals(Main.EXIT_INVALID, run.exitCode());
        assertTrue(run.out().contains("[UNKNOWN_SDK]"), run.out());
        assertTrue(run.out().contains("= help: did you mean `jiguang-push`?"), run.out());
    }

    @Test
    void anUnreadablePolicyExitsThreeWithItsDiagnostic() {
        CliRunner run = CliRunner.run("guard", "no-such-file.yaml", "--data", "a", "--purpose", "b", "--sdk", "c");
        assertEquals(Main.EXIT_INVALID, run.exitCode());
        assertTrue(run.out().contains("[PPM-IO-NOT-FOUND]"), run.out());
        assertFalse(run.out().contains("Exception"), run.out());
    }

    @Test
    void usageErrorsExitTwoAndHelpTeaches() {
        assertEquals(2, CliRunner.run("guard", FLAGSHIP, "--data", "a", "--purpose", "b").exitCode());
        assertEquals(2, CliRunner.run("guard", FLAGSHIP, "--data", "a", "--purpose", "b", "--sdk", "s",
                "--recipient", "r").exitCode());
        assertEquals(2, CliRunner.run("guard", FLAGSHIP, "--data", "a", "--purpose", "b", "--sdk", "s",
                "--consent", "maybe").exitCode());
        CliRunner help = CliRunner.run("guard", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Examples:"), help.out());
    }
}
