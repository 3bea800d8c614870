package io.github.ppm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.model.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ppm export}, {@code ppm import} and {@code ppm validate --shacl} end to end. */
class RdfCommandsTest {
    private static final Path FLAGSHIP = Path.of("../examples/jinshang-consumer-finance/policy.yaml");
    private static final Path MINIMAL = Path.of("../core/src/test/resources/fixtures/validate/minimal.yaml");

    @TempDir
    Path tmp;

    @Test
    void exportThenImportGivesTheSamePolicyInEveryFormat() throws IOException {
        Policy original = PolicyIO.read(FLAGSHIP).orThrow();
        for (String ext : List.of("ttl", "jsonld", "nt", "rdf")) {
            Path rdf = tmp.resolve("policy." + ext);
            CliRunner export = CliRunner.run("export", FLAGSHIP.toString(), "-o", rdf.toString());
            assertEquals(0, export.exitCode(), export.err());
            Path yaml = tmp.resolve("back-" + ext + ".yaml");
            CliRunner imported = CliRunner.run("import", rdf.toString(), "-o", yaml.toString());
            assertEquals(0, imported.exitCode(), imported.err());
            assertEquals(original, PolicyIO.read(yaml).orThrow(), ext);
        }
    }

    @Test
    void exportToStandardOutputWithBaseAndFormat() {
        CliRunner run = CliRunner.run("export", MINIMAL.toString(), "--format", "nt", "--base", "http://example.org/p/");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("<http://example.org/p/minimal> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                + "<https://w3id.org/dpv#PrivacyNotice> ."), run.out());
        CliRunner yaml = CliRunner.run("export", MINIMAL.toString(), "--format", "yaml");
        assertTrue(yaml.out().startsWith("id: minimal\n"), yaml.out());
    }

    @Test
    void exportCheckReportsOnStandardError() {
        CliRunner run = CliRunner.run("export", FLAGSHIP.toString(), "--format", "ttl", "--check");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("BASE   <https://w3id.org/ppm/policy/>"), run.out().substring(0, 60));
        assertTrue(run.err().contains("warning [PPM-SHACL-PROCESS-DATA]"), run.err());
        assertTrue(run.err().contains("0 error(s), 1 warning(s)"), run.err());
    }

    @Test
    void usageErrors() {
        assertEquals(2, CliRunner.run("export", MINIMAL.toString(), "--base", "not an iri").exitCode());
        assertEquals(2, CliRunner.run("export", MINIMAL.toString(), "-o", tmp.resolve("x.bin").toString()).exitCode());
        assertEquals(2, CliRunner.run("export", MINIMAL.toString(), "--format", "pdf").exitCode());
    }

    @Test
    void importOfSomethingElseExitsThreeWithAReadableLine() throws IOException {
        Path bad = tmp.resolve("bad.ttl");
        Files.writeString(bad, "<a> <b> \"unterminated .\n", StandardCharsets.UTF_8);
        CliRunner run = CliRunner.run("import", bad.toString());
        assertEquals(Main.EXIT_INVALID, run.exitCode());
        assertTrue(run.err().contains("error [PPM-RDF-SYNTAX]"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());

        Path other = tmp.resolve("other.ttl");
        Files.writeString(other, "<urn:a> <urn:b> <urn:c> .\n", StandardCharsets.UTF_8);
        CliRunner none = CliRunner.run("import", other.toString());
        assertEquals(Main.EXIT_INVALID, none.exitCode());
        assertTrue(none.err().contains("error [PPM-RDF-NO-POLICY] the RDF holds no policy"), none.err());
    }

    @Test
    void validateShaclAddsShapeFindings() {
        CliRunner plain = CliRunner.run("validate", FLAGSHIP.toString());
        CliRunner shacl = CliRunner.run("validate", "--shacl", FLAGSHIP.toString());
        assertEquals(0, shacl.exitCode(), shacl.out());
        assertFalse(plain.out().contains("PPM-SHACL"), plain.out());
        assertTrue(shacl.out().contains("policy.yaml:") && shacl.out().contains("warning [PPM-SHACL-PROCESS-DATA]"),
                shacl.out());
    }

    /** Start-up matters: {@code ppm validate} without --shacl must not load Jena at all. */
    @Test
    void validateWithoutShaclLoadsNoJena() throws IOException, InterruptedException {
        assertFalse(loadedClasses("validate", MINIMAL.toString()).stream().anyMatch(c -> c.startsWith("org.apache.jena")));
        assertTrue(loadedClasses("validate", "--shacl", MINIMAL.toString()).stream()
                .anyMatch(c -> c.startsWith("org.apache.jena.shacl")), "the check itself can see Jena loading");
    }

    private List<String> loadedClasses(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-verbose:class", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path log = tmp.resolve("classes.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ppm did not finish");
        assertEquals(0, process.exitValue(), Files.readString(log));
        return Files.readAllLines(log).stream().filter(l -> l.startsWith("[") && l.contains(" source: "))
                .map(l -> l.replaceAll(".*\\]\\s+", "").split(" ")[0]).toList();
    }
}
