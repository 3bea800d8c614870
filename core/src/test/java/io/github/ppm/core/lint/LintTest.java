package io.github.ppm.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.io.Parsed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine around the rules: validation first, options, project files, suppressions, dates. */
class LintTest {
    private static final String BAD_LINKS = Fixtures.resource("/lint/CONSIST-LINKS/bad.yaml");

    private static List<Diagnostic> of(Report report, String rule) {
        return report.diagnostics().stream().filter(d -> d.rule().equals(rule)).toList();
    }

    private static Report lint(String yaml, LintOptions options) {
        LintResult result = Lint.run(Fixtures.parse("p.yaml", yaml), options);
        assertTrue(result.valid(), result.report().diagnostics().toString());
        return result.report();
    }

    @Test
    void invalidPolicyGetsValidationFindingsOnly() {
        LintResult result = Lint.run(Fixtures.parse("p.yaml", BAD_LINKS.replace("jurisdiction: CN", "jurisdiction: China")),
                LintOptions.DEFAULT);
        assertFalse(result.valid());
        assertTrue(result.report().diagnostics().stream().allMatch(d -> d.rule().startsWith("PPM-")), result.report().toString());
    }

    @Test
    void disabledRulesDoNotRunAndSeverityCanChange() {
        assertEquals(2, of(lint(BAD_LINKS, LintOptions.DEFAULT), "CONSIST-LINKS").size());
        assertEquals(0, of(lint(BAD_LINKS, LintOptions.DEFAULT.withDisabled("CONSIST-LINKS")), "CONSIST-LINKS").size());
        List<Diagnostic> raised = of(lint(BAD_LINKS, LintOptions.DEFAULT.withSeverity("CONSIST-LINKS", Severity.ERROR)), "CONSIST-LINKS");
        assertTrue(raised.stream().allMatch(d -> d.severity() == Severity.ERROR));
    }

    @Test
    void suppressionWithTargetSilencesOneObjectAndUnusedOnesAreReported() {
        String yaml = Fixtures.resource("/lint/TC260-SDK-ROLE/bad.yaml") + """
                suppressions:
                  - rule: TC260-SDK-ROLE
                    target: push
                    reason: the vendor contract makes it a processor; policy text to follow
                  - rule: TC260-SDK-ROLE
                    target: pushh
                    reason: a typo in the target must not go unnoticed
                  - rule: PIPL-99
                    reason: no such rule exists in the catalogue at all
                """;
        Report report = lint(yaml, LintOptions.DEFAULT);
        assertEquals(0, of(report, "TC260-SDK-ROLE").size());
        List<Diagnostic> unused = of(report, "PPM-LINT-SUPPRESSION-UNUSED");
        assertEquals(1, unused.size(), report.toString());
        assertEquals("the suppression of `TC260-SDK-ROLE` for `pushh` silences nothing", unused.get(0).message().en());
        assertEquals("the rule reports `push`; did you mean that target?", unused.get(0).help().en());
        List<Diagnostic> unknown = of(report, "PPM-LINT-UNKNOWN-RULE");
        assertEquals(1, unknown.size());
        assertTrue(unknown.get(0).location().line() > 0);
    }

    @Test
    void suppressionWithoutReasonIsAFinding() {
        String yaml = Fixtures.resource("/lint/META-DATE/bad.yaml") + """
                suppressions:
                  - rule: META-DATE
                """;
        LintResult result = Lint.run(Fixtures.parse("p.yaml", yaml), LintOptions.DEFAULT);
        assertFalse(result.valid());
        assertEquals("PPM-IO-MISSING-FIELD", result.report().diagnostics().get(0).rule());
        String shortReason = Fixtures.resource("/lint/META-DATE/bad.yaml") + """
                suppressions:
                  - rule: META-DATE
                    reason: " "
                """;
        LintResult blank = Lint.run(Fixtures.parse("p.yaml", shortReason), LintOptions.DEFAULT);
        assertFalse(blank.valid(), blank.report().toString());
    }

    @Test
    void undatedPolicySaysTheAmlCheckCannotBeExact() {
        String yaml = Fixtures.resource("/lint/AML-RETENTION/bad.yaml").replace("effectiveDate: 2025-03-01\n", "");
        List<Diagnostic> aml = of(lint(yaml, LintOptions.DEFAULT), "AML-RETENTION");
        assertEquals(1, aml.size());
        assertTrue(aml.get(0).message().en().contains("the policy has no date"), aml.get(0).message().en());
        assertTrue(aml.get(0).message().zh().contains("未标明日期"));
        String old = Fixtures.resource("/lint/AML-RETENTION/bad.yaml").replace("effectiveDate: 2025-03-01", "effectiveDate: 2024-12-31");
        assertEquals(0, of(lint(old, LintOptions.DEFAULT), "AML-RETENTION").size(), "five years sufficed under the 2006 law");
    }

    @Test
    void ndsrDoesNotApplyBeforeItCameIntoForce() {
        String yaml = Fixtures.resource("/lint/NDSR-21-1/bad.yaml").replace("effectiveDate: 2025-03-01", "effectiveDate: 2024-06-01");
        assertEquals(0, of(lint(yaml, LintOptions.DEFAULT), "NDSR-21-1").size());
    }

    @Test
    void projectFileIsReadStrictlyWithSuggestions(@TempDir Path dir) throws IOException {
        Path good = dir.resolve(LintConfig.FILE_NAME);
        Files.writeString(good, "disable: [PIPL-52]\nseverity:\n  CONSIST-LINKS: Warning\n");
        Parsed<LintOptions> read = LintConfig.read(good);
        assertTrue(read.ok(), read.report().toString());
        assertEquals(java.util.Set.of("PIPL-52"), read.value().disabled());
        assertEquals(Severity.WARNING, read.value().severities().get("CONSIST-LINKS"));

        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "disable: [PIPL-5]\nseverity:\n  CONSIST-LINKS: loud\n");
        Parsed<LintOptions> wrong = LintConfig.read(bad);
        assertFalse(wrong.ok());
        assertEquals(List.of("PPM-LINT-UNKNOWN-RULE", "PPM-LINT-CONFIG-SEVERITY"),
                wrong.report().diagnostics().stream().map(Diagnostic::rule).toList());
        assertEquals(1, wrong.report().diagnostics().get(0).location().line());

        Path unknownField = dir.resolve("field.yaml");
        Files.writeString(unknownField, "disabled: [PIPL-52]\n");
        assertEquals("PPM-IO-UNKNOWN-FIELD", LintConfig.read(unknownField).report().diagnostics().get(0).rule());
    }

    @Test
    void projectFileIsFoundNextToThePolicyThenInTheWorkingDirectory(@TempDir Path dir) throws IOException {
        Path policyDir = Files.createDirectories(dir.resolve("p"));
        Path work = Files.createDirectories(dir.resolve("w"));
        Path policy = policyDir.resolve("policy.yaml");
        assertTrue(LintConfig.locate(policy, work).isEmpty());
        Files.writeString(work.resolve(LintConfig.FILE_NAME), "disable: []\n");
        assertEquals(work.resolve(LintConfig.FILE_NAME), LintConfig.locate(policy, work).orElseThrow());
        Files.writeString(policyDir.resolve(LintConfig.FILE_NAME), "disable: []\n");
        assertEquals(policyDir.resolve(LintConfig.FILE_NAME), LintConfig.locate(policy, work).orElseThrow());
    }

    @Test
    void hostileTextsDoNotBreakTheRules() {
        String hostile = "\"<script>alert(1)</script> =cmd|' /C calc'!A0 本法 😀 " + "长".repeat(1500) + "\"";
        String yaml = BAD_LINKS + """
                clauses:
                  - id: hostile
                    label: {zh: %s, en: %s}
                    source: 前言
                """.formatted(hostile, hostile);
        Report report = lint(yaml, LintOptions.DEFAULT);
        assertEquals(1, of(report, "PIPL-13-TEXT").size());
    }
}
