package io.github.ppm.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.model.Policy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input gives exactly one diagnostic with its own code and, where the file has
 * lines, the line of the problem. The cases are listed in {@code fixtures/io/manifest.tsv}.
 */
class HostileInputTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/io");

    static Stream<Arguments> manifest() throws IOException {
        return Files.readAllLines(FIXTURES.resolve("manifest.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(cols -> Arguments.of(cols[0], cols[1], Integer.parseInt(cols[2])));
    }

    @ParameterizedTest(name = "{0} -> {1} at line {2}")
    @MethodSource("manifest")
    void eachBadInputHasOneDiagnosticWithItsCodeAndLine(String file, String rule, int line) {
        Parsed<Policy> parsed = PolicyIO.read(FIXTURES.resolve(file));
        assertNull(parsed.value(), "nothing is returned for bad input");
        Diagnostic only = single(parsed.report().diagnostics());
        assertEquals(rule, only.rule(), only.toString());
        assertEquals(line, only.location().line(), only.toString());
        assertFalse(only.message().en().contains("java."), "no Java type names: " + only.message().en());
        assertFalse(only.message().zh().isBlank());
    }

    @Test
    void aBadSectionIsAnsweredWithTheShapesToCiteInBothLanguages() {
        Diagnostic only = single(PolicyIO.read(FIXTURES.resolve("bad-section.yaml")).report().diagnostics());
        assertEquals("`section 1` is not a section reference", only.message().en());
        for (String help : List.of(only.help().en(), only.help().zh())) {
            for (String shape : List.of("一", "(一)", "(1)", "1)", "①", "第一条", "附录一", "`2.1.3`", "`第三条.（二）`",
                    "`前言`", "docs/sections.md")) {
                assertTrue(help.contains(shape), () -> shape + " missing from " + help);
            }
        }
    }

    @Test
    void fiftyMegabyteFileIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        byte[] line = "- \"0123456789012345678901234567890123456789012345678901234567890123456789\"\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("id: big\nclauses:\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        Diagnostic only = single(PolicyIO.read(big).report().diagnostics());
        assertEquals("PPM-IO-TOO-LARGE", only.rule());
    }

    @Test
    void hundredThousandDeepFlowNestingIsRefused() {
        String deep = "id: deep\nclauses: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        Diagnostic only = single(read(deep, Format.YAML));
        assertEquals("PPM-IO-TOO-DEEP", only.rule());
        assertEquals(2, only.location().line());
    }

    @Test
    void hundredThousandDeepJsonNestingIsRefused() {
        String deep = "{\"id\":\"deep\",\"clauses\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        Diagnostic only = single(read(deep, Format.JSON));
        assertEquals("PPM-IO-TOO-DEEP", only.rule());
        assertEquals(1, only.location().line());
    }

    @Test
    void deepBlockNestingIsRefused() {
        StringBuilder deep = new StringBuilder("id: deep\n");
        for (int i = 0; i < 1_000; i++) {
            deep.append(" ".repeat(i)).append("k:\n");
        }
        assertEquals("PPM-IO-TOO-DEEP", single(read(deep.toString(), Format.YAML)).rule());
    }

    @Test
    void overlongStringIsRefused() {
        String doc = "id: long\nversion: " + "x".repeat(200_000) + "\n";
        Diagnostic only = single(read(doc, Format.YAML));
        assertEquals("PPM-IO-STRING-TOO-LONG", only.rule());
        assertEquals(2, only.location().line());
    }

    @Test
    void limitsAreConfigurable() {
        String doc = "id: small\n";
        var reader = DocumentReader.of(Policy.class).withLimits(ReadLimits.DEFAULT.withMaxBytes(4));
        Diagnostic only = single(reader.read("small.yaml", doc.getBytes(StandardCharsets.UTF_8), Format.YAML)
                .report().diagnostics());
        assertEquals("PPM-IO-TOO-LARGE", only.rule());
    }

    @Test
    void missingFileIsADiagnostic() {
        Diagnostic only = single(PolicyIO.read(Path.of("no/such/policy.yaml")).report().diagnostics());
        assertEquals("PPM-IO-NOT-FOUND", only.rule());
    }

    @Test
    void unknownFieldSuggestsTheClosestName() {
        Diagnostic only = single(PolicyIO.read(FIXTURES.resolve("unknown-field.yaml")).report().diagnostics());
        assertTrue(only.help().en().contains("`source`"), only.help().en());
        assertEquals("/controller/sorce", only.location().pointer());
    }

    private static List<Diagnostic> read(String text, Format format) {
        return PolicyIO.read("inline." + format.extension(), text.getBytes(StandardCharsets.UTF_8), format)
                .report().diagnostics();
    }

    private static Diagnostic single(List<Diagnostic> diagnostics) {
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        return diagnostics.get(0);
    }
}
