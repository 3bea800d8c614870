package io.github.ppm.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.PolicyIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Structure and reference checks, on a valid fixture and on broken copies of it. */
class PolicyValidatorTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/validate");

    @Test
    void validFixturesHaveNoFindings() {
        for (String name : List.of("minimal.yaml", "references.yaml")) {
            Report report = PolicyValidator.validate(PolicyIO.read(FIXTURES.resolve(name)));
            assertTrue(report.isEmpty(), name + ": " + report.diagnostics());
        }
    }

    @Test
    void danglingReferenceSaysDidYouMean() throws IOException {
        Diagnostic only = single(variant("provider: acme-push", "provider: acme-pusher"));
        assertEquals("PPM-REF-UNKNOWN", only.rule());
        assertEquals("/sdks/0/provider", only.location().pointer());
        assertEquals(44, only.location().line());
        assertEquals("no party with id `acme-pusher`", only.message().en());
        assertEquals("did you mean `acme-push`?", only.help().en());
        assertEquals("不存在编号为 `acme-pusher` 的主体", only.message().zh());
    }

    @Test
    void unknownTaxonomyKeySuggestsTheNearestKey() throws IOException {
        Diagnostic only = single(variant("[device.identifier.imei]", "[device.identifier.imie]"));
        assertEquals("PPM-REF-TAXONOMY", only.rule());
        assertEquals("/sdks/0/collects/0/categories/0", only.location().pointer());
        assertEquals("did you mean `device.identifier.imei`?", only.help().en());
    }

    @Test
    void duplicateIdIsReported() throws IOException {
        Diagnostic only = single(variant("rights:\n",
                "rights:\n  - id: erase\n    kind: KNOW\n    label: {zh: 知情, en: Know}\n    source: 四.(一).1\n"));
        assertEquals("PPM-ID-DUPLICATE", only.rule());
        assertEquals("/rights/1/id", only.location().pointer());
        assertEquals("right id `erase` is used more than once", only.message().en());
    }

    @Test
    void beanConstraintsAreReportedAtTheirLine() throws IOException {
        Diagnostic only = single(variant("https://push.example/privacy", "not-a-url"));
        assertEquals("PPM-VAL-PATTERN", only.rule());
        assertEquals("/sdks/0/privacyPolicyUrl", only.location().pointer());
        assertEquals(48, only.location().line());
    }

    @Test
    void blankTextIsReported() throws IOException {
        Diagnostic only = single(variant("label: {zh: 相机, en: Camera}", "label: {zh: 相机, en: \" \"}"));
        assertEquals("PPM-VAL-BLANK", only.rule());
        assertEquals("/permissions/0/label/en", only.location().pointer());
    }

    @Test
    void activityParentCycleIsReported() throws IOException {
        Diagnostic only = single(variant("    label: {zh: 注册, en: Registration}",
                "    label: {zh: 注册, en: Registration}\n    parent: register"));
        assertEquals("PPM-REF-CYCLE", only.rule());
    }

    /** Each as a YAML escape: the reader lets them through, RDF/XML and HTML could not carry them. */
    @ParameterizedTest
    @ValueSource(strings = {"\\x01", "\\x0B", "\\e", "\\0", "\\uFFFE", "\\uFFFF", "\\uD800", "\\uDC00",
        "\\x85\\x01"})
    void charactersXmlCannotCarryAreRefused(String escape) throws IOException {
        Diagnostic only = single(variant("label: {zh: 相机, en: Camera}", "label: {zh: 相机, en: \"Cam" + escape + "era\"}"));
        assertEquals("PPM-CHAR-UNWRITABLE", only.rule());
        assertEquals("/permissions/0/label/en", only.location().pointer());
        assertTrue(only.location().line() > 1, only.location().toString());
        assertTrue(only.message().en().startsWith("`en` has the character U+"), only.message().en());
        assertTrue(only.message().en().contains(escape.startsWith("\\x85") ? "at position 5" : "at position 4"),
                only.message().en());
    }

    @Test
    void unwritableCharacterInJsonIsRefusedToo() throws IOException {
        String json = new String(PolicyIO.write(PolicyIO.read(FIXTURES.resolve("references.yaml")).orThrow(),
                Format.JSON).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .replace("\"Camera\"", "\"Cam\\u0000era\"");
        List<Diagnostic> found = PolicyValidator.validate(PolicyIO.read("variant.json",
                json.getBytes(StandardCharsets.UTF_8), Format.JSON)).diagnostics();
        assertEquals(List.of("PPM-CHAR-UNWRITABLE"), found.stream().map(Diagnostic::rule).toList());
        assertTrue(found.get(0).message().en().contains("U+0000"));
    }

    @Test
    void tabsLineBreaksAndSurrogatePairsAreWritable() {
        assertEquals(-1, TextChecks.firstUnwritable("a\tb\nc\rd 😀 \uE000 \uFFFD \uD7FF"));
        assertEquals(1, TextChecks.firstUnwritable("a\uD83D"));
        assertEquals(0, TextChecks.firstUnwritable("\uDE00\uD83D"));
        assertEquals(4, TextChecks.firstUnwritable("ab\u0085\u007F\u001F"));
    }

    private static List<Diagnostic> variant(String from, String to) throws IOException {
        String text = Files.readString(FIXTURES.resolve("references.yaml"));
        assertTrue(text.contains(from), "fixture has `" + from + "`");
        String changed = text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to));
        return PolicyValidator.validate(PolicyIO.read("variant.yaml", changed.getBytes(StandardCharsets.UTF_8),
                Format.YAML)).diagnostics();
    }

    private static Diagnostic single(List<Diagnostic> diagnostics) {
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        return diagnostics.get(0);
    }
}
