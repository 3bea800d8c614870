package io.github.ppm.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ppm.core.RepoFiles;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.PolicyIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The flagship's findings, kept as golden files in human form (both languages), JSON and SARIF;
 * the SARIF validates against the SARIF 2.1.0 JSON schema. docs/lint-flagship-review.md judges each.
 */
class FlagshipLintTest {
    static final String FLAGSHIP = "examples/jinshang-consumer-finance/policy.yaml";
    static final Path GOLDEN = Path.of("src/test/resources/golden/lint");
    private static Report report;

    @BeforeAll
    static void lintFlagship() throws IOException {
        byte[] bytes = Files.readAllBytes(RepoFiles.root().resolve(FLAGSHIP));
        LintResult result = Lint.run(PolicyIO.read(FLAGSHIP, bytes, Format.YAML), LintOptions.DEFAULT);
        assertTrue(result.valid(), result.report().toString());
        report = result.report();
    }

    private static ReportWriter writer(ReportFormat format, String lang) {
        return new ReportWriter(format, lang, "ppm", "test").withRules(Rules.descriptions());
    }

    @Test
    void humanEnglishAndChineseMatchTheGoldenFiles() throws IOException {
        RepoFiles.assertGolden(GOLDEN.resolve("flagship.en.txt"), writer(ReportFormat.HUMAN, "en").write(report));
        RepoFiles.assertGolden(GOLDEN.resolve("flagship.zh.txt"), writer(ReportFormat.HUMAN, "zh").write(report));
        RepoFiles.assertGolden(GOLDEN.resolve("flagship.json"), writer(ReportFormat.JSON, "en").write(report));
    }

    @Test
    void sarifInBothLanguagesValidatesAgainstTheSarifSchema() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
        Schema schema = registry.getSchema(Fixtures.resource("/sarif/sarif-2.1.0-rtm.5.json"), InputFormat.JSON);
        for (String lang : List.of("en", "zh")) {
            String sarif = writer(ReportFormat.SARIF, lang).write(report);
            List<Error> errors = schema.validate(sarif, InputFormat.JSON);
            assertEquals(List.of(), errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList(), lang);
            JsonNode run = new ObjectMapper().readTree(sarif).path("runs").get(0);
            assertEquals(report.diagnostics().size(), run.path("results").size());
            for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
                assertTrue(rule.path("shortDescription").path("text").isTextual(), rule.path("id").asText());
                assertTrue(rule.path("help").path("text").isTextual(), rule.path("id").asText());
                assertTrue(rule.path("help").path("markdown").asText().startsWith("# "), rule.path("id").asText());
            }
            if (lang.equals("en")) {
                RepoFiles.assertGolden(GOLDEN.resolve("flagship.sarif"), sarif);
            }
        }
    }

    @Test
    void schemaCatchesABrokenLog() {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(Fixtures.resource("/sarif/sarif-2.1.0-rtm.5.json"), InputFormat.JSON);
        String broken = writer(ReportFormat.SARIF, "en").write(report).replace("\"level\" : \"warning\"", "\"level\" : \"loud\"");
        assertTrue(!schema.validate(broken, InputFormat.JSON).isEmpty(), "a wrong level must fail validation");
    }

    @Test
    void flagshipFindingsCoverTheKnownDefects() {
        List<String> rules = report.diagnostics().stream().map(d -> d.rule()).distinct().toList();
        for (String expected : List.of("PIPL-13-BASES", "PIPL-13-SCOPE", "PIPL-13-TEXT", "CONSIST-CONTACT",
                "CONSIST-SDK-METHOD", "CONSIST-PERMS", "CONSIST-DEID", "CONSIST-LINKS", "AML-RETENTION", "META-DATE")) {
            assertTrue(rules.contains(expected), expected + " missing from " + rules);
        }
        assertTrue(rules.stream().noneMatch(r -> r.equals("CONSIST-RETENTION")), "holder scoping keeps face deletion and storage apart");
    }
}
