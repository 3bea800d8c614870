package io.github.ppm.core.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my policies/policy v2.yaml | my%20policies/policy%20v2.yaml",
        "政策/隐私 政策.yaml | %E6%94%BF%E7%AD%96/%E9%9A%90%E7%A7%81%20%E6%94%BF%E7%AD%96.yaml",
        "a#b?c.yaml | a%23b%3Fc.yaml",
        "100%.yaml | 100%25.yaml",
        "x:y/p.yaml | x%3Ay/p.yaml"})
    void sarifUrisArePercentEncodedAndRelativeToTheSourceRoot(String file, String uri) throws Exception {
        Path root = Path.of("/work/src tree/项目").toAbsolutePath();
        Report report = Report.of(new Diagnostic("PPM-IO-EMPTY", Severity.ERROR, Messages.of("PPM-IO-EMPTY"), null,
                new SourceLocation(file, "", 1, 1), List.of(SourceLocation.of(root.resolve(file).toString(), ""))));
        String sarif = ReportWriter.of(ReportFormat.SARIF, "en").withSourceRoot(root).write(report);
        assertEquals(List.of(), sarifSchemaErrors(sarif));
        JsonNode run = new ObjectMapper().readTree(sarif).path("runs").get(0);
        String base = run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText();
        assertEquals("file:///work/src%20tree/%E9%A1%B9%E7%9B%AE/", base);
        assertTrue(base.endsWith("/") && base.startsWith("file:///"), base);
        JsonNode result = run.path("results").get(0);
        for (JsonNode location : List.of(result.path("locations").get(0), result.path("relatedLocations").get(0))) {
            JsonNode artifact = location.path("physicalLocation").path("artifactLocation");
            assertEquals(uri, artifact.path("uri").asText(), "an absolute path inside the root is made relative");
            assertEquals("%SRCROOT%", artifact.path("uriBaseId").asText());
            assertEquals(root.resolve(file), Path.of(URI.create(base).resolve(new URI(artifact.path("uri").asText()))),
                    "the URI resolves back to the file");
        }
    }

    @Test
    void aFileOutsideTheSourceRootGetsAnAbsoluteUri() throws Exception {
        Path outside = Path.of("/elsewhere/政策 1.yaml").toAbsolutePath();
        Report report = Report.of(new Diagnostic("PPM-IO-EMPTY", Severity.ERROR, Messages.of("PPM-IO-EMPTY"), null,
                SourceLocation.of(outside.toString(), ""), List.of()));
        String sarif = ReportWriter.of(ReportFormat.SARIF, "en").withSourceRoot(Path.of("/work/src")).write(report);
        assertEquals(List.of(), sarifSchemaErrors(sarif));
        JsonNode artifact = new ObjectMapper().readTree(sarif).path("runs").get(0).path("results").get(0)
                .path("locations").get(0).path("physicalLocation").path("artifactLocation");
        assertTrue(artifact.path("uriBaseId").isMissingNode(), artifact.toString());
        assertEquals(outside, Path.of(new URI(artifact.path("uri").asText())));
    }

    @Test
    void everyRuleOfPpmsOwnHasADescriptionAndHelp() throws Exception {
        String sarif = ReportWriter.of(ReportFormat.SARIF, "zh").write(REPORT);
        assertEquals(List.of(), sarifSchemaErrors(sarif));
        JsonNode rules = new ObjectMapper().readTree(sarif).path("runs").get(0).path("tool").path("driver").path("rules");
        assertEquals(2, rules.size());
        JsonNode unknown = rules.get(1);
        assertEquals("PPM-REF-UNKNOWN", unknown.path("id").asText());
        assertEquals("不存在编号为 `…` 的…", unknown.path("shortDescription").path("text").asText());
        assertTrue(unknown.path("help").path("text").asText().length() > 3, unknown.toString());
        assertTrue(unknown.path("help").path("markdown").asText().contains("`PPM-REF-UNKNOWN`"), unknown.toString());
        assertEquals("YAML anchors and aliases are not allowed", RuleDescription.ofCatalogue("PPM-IO-ALIAS").title().en());
        assertTrue(RuleDescription.ofCatalogue("PPM-IO-ALIAS").help().en().startsWith("write each value out in full"));
        assertEquals(null, RuleDescription.ofCatalogue("NO-SUCH-RULE"));
    }

    private static List<String> sarifSchemaErrors(String sarif) throws Exception {
        String schemaText;
        try (InputStream in = ReportWriterTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            schemaText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schemaText, InputFormat.JSON);
        return schema.validate(sarif, InputFormat.JSON).stream().map(e -> e.getInstanceLocation() + " " + e.getMessage())
                .toList();
    }
}
