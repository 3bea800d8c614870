package io.github.ppm.core.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three report formats, on a fixed report. */
class ReportWriterTest {
    private static final Report REPORT = new Report(List.of(
            new Diagnostic("PPM-REF-UNKNOWN", Severity.ERROR, Messages.of("PPM-REF-UNKNOWN", Messages.of("kind.party"), "x"),
                    Messages.of("PPM-REF-UNKNOWN.suggest", "y"), new SourceLocation("b.yaml", "/sdks/0/provider", 7, 15),
                    List.of(SourceLocation.of("b.yaml", "/parties/0"))),
            new Diagnostic("PPM-IO-EMPTY", Severity.WARNING, Messages.of("PPM-IO-EMPTY"), null,
                    SourceLocation.of("a.yaml", ""), List.of())));

    @Test
    void humanFormIsSortedOneLineAFindingWithHelpAndSummary() {
        String expected = """
                a.yaml: warning [PPM-IO-EMPTY] the document is empty
                b.yaml:7:15: error [PPM-REF-UNKNOWN] no party with id `x`
                  = help: did you mean `y`?
                  = see: b.yaml#/parties/0
                1 error(s), 1 warning(s), 0 info
                """;
        assertEquals(expected, ReportWriter.of(ReportFormat.HUMAN, "en").write(REPORT));
    }

    @Test
    void humanFormSpeaksChinese() {
        String zh = ReportWriter.of(ReportFormat.HUMAN, "zh").write(REPORT);
        assertEquals("b.yaml:7:15: error [PPM-REF-UNKNOWN] 不存在编号为 `x` 的主体", zh.lines().toList().get(1));
        assertEquals("1 个错误，1 个警告，0 条提示", zh.lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void jsonFormCarriesEverything() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ReportWriter.of(ReportFormat.JSON, "en").write(REPORT));
        assertEquals(1, root.path("counts").path("error").asInt());
        JsonNode second = root.path("diagnostics").get(1);
        assertEquals("PPM-REF-UNKNOWN", second.path("rule").asText());
        assertEquals(7, second.path("location").path("line").asInt());
        assertEquals("/sdks/0/provider", second.path("location").path("pointer").asText());
        assertEquals("did you mean `y`?", second.path("help").asText());
    }

    @Test
    void sarifFormHasRulesResultsAndRegions() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ReportWriter.of(ReportFormat.SARIF, "en").write(REPORT));
        assertEquals("2.1.0", root.path("version").asText());
        JsonNode run = root.path("runs").get(0);
        assertEquals(2, run.path("tool").path("driver").path("rules").size());
        JsonNode result = run.path("results").get(1);
        assertEquals("error", result.path("level").asText());
        assertEquals(7, result.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt());
        JsonNode info = new ObjectMapper().readTree(ReportWriter.of(ReportFormat.SARIF, "en")
                .write(Report.of(REPORT.diagnostics().get(0).withSeverity(Severity.INFO))));
        assertEquals("note", info.path("runs").get(0).path("results").get(0).path("level").asText());
    }
}
