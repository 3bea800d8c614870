package io.github.ppm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays of the review's findings on output: characters RDF/XML cannot carry, half-written files,
 * writes through symbolic links, output folders that are not one, a table format the file name
 * contradicts, a base IRI Jena refuses halfway.
 */
class OutputSafetyTest {
    private static final Path SMALL = Path.of("../core/src/test/resources/fixtures/disclosure/small.yaml");

    /** The small policy with {@code escape} (a YAML double-quoted escape) in the controller's English name. */
    private static Path withEscape(Path dir, String escape) throws IOException {
        String text = Files.readString(SMALL);
        String from = "name: {zh: 示例金融, en: Example Finance}";
        assertTrue(text.contains(from));
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, text.replace(from, "name: {zh: 示例金融, en: \"Example" + escape + " Finance\"}"),
                StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\x01", "\\x0B", "\\e", "\\0", "\\uFFFE", "\\uFFFF", "\\uD800"})
    void aCharacterXmlCannotCarryIsAValidationErrorAndNothingIsWritten(String escape, @TempDir Path dir)
            throws IOException {
        Path policy = withEscape(dir, escape);
        CliRunner validate = CliRunner.run("validate", policy.toString());
        assertEquals(Main.EXIT_INVALID, validate.exitCode(), validate.out() + validate.err());
        assertTrue(validate.out().contains("[PPM-CHAR-UNWRITABLE]"), validate.out());
        assertTrue(validate.out().contains(":12:"), "points at the line: " + validate.out());

        for (String format : List.of("rdfxml", "ttl", "yaml", "json")) {
            Path out = dir.resolve("out." + format);
            CliRunner export = CliRunner.run("export", policy.toString(), "--format", format, "-o", out.toString());
            assertEquals(Main.EXIT_INVALID, export.exitCode(), format + ": " + export.err());
            assertTrue(export.err().contains("[PPM-CHAR-UNWRITABLE]"), export.err());
            assertFalse(Files.exists(out), format + ": no file");
        }

        Path site = dir.resolve("site");
        CliRunner build = CliRunner.run("build", policy.toString(), "-o", site.toString());
        assertEquals(Main.EXIT_INVALID, build.exitCode(), build.err());
        assertTrue(Files.readString(site.resolve("validation/report.en.txt")).contains("PPM-CHAR-UNWRITABLE"));
        assertFalse(Files.exists(site.resolve("rdf")), "only the validation report is written");
        assertEquals(List.of(), leftovers(dir), "no temporary files are left");
    }

    @Test
    void aWriterThatFailsLeavesTheOldFileAndNoTemporaryOne(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.ttl");
        Files.writeString(target, "old");
        try {
            io.github.ppm.core.io.OutputFiles.write(target, out -> {
                out.write("half".getBytes(StandardCharsets.UTF_8));
                throw new IllegalStateException("writer failed");
            });
        } catch (IllegalStateException expected) {
            assertEquals("writer failed", expected.getMessage());
        }
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void buildDoesNotWriteThroughALinkInsideTheOutputFolder(@TempDir Path dir) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path victim = Files.writeString(outside.resolve("report.en.txt"), "precious");
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.createSymbolicLink(site.resolve("validation"), outside);

        CliRunner build = CliRunner.run("build", SMALL.toString(), "-o", site.toString());
        assertEquals(2, build.exitCode(), build.out() + build.err());
        assertTrue(build.err().contains("is a symbolic link"), build.err());
        assertFalse(build.err().contains("internal error"), build.err());
        assertEquals("precious", Files.readString(victim));
        assertEquals(List.of(victim), Files.list(outside).toList());
    }

    @Test
    void aLinkAtTheTargetIsReplacedNotWrittenThrough(@TempDir Path dir) throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.createDirectories(site.resolve("validation"));
        Path link = Files.createSymbolicLink(site.resolve("validation/report.en.txt"), victim);

        CliRunner build = CliRunner.run("build", SMALL.toString(), "-o", site.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertEquals("precious", Files.readString(victim));
        assertFalse(Files.isSymbolicLink(link));
        assertEquals(Files.readString(site.resolve("validation/report.zh.txt")).isEmpty(),
                Files.readString(link).isEmpty(), "the link's place holds the report now");

        Path exportLink = Files.createSymbolicLink(dir.resolve("policy.ttl"), victim);
        CliRunner export = CliRunner.run("export", SMALL.toString(), "-o", exportLink.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertEquals("precious", Files.readString(victim));
        assertTrue(Files.readString(exportLink).contains("https://w3id.org/dpv#"), "the export is where the link was");
    }

    @Test
    void buildRefusesTheRootTheHomeFolderAndAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "keep");
        for (String target : List.of("/", System.getProperty("user.home"), file.toString())) {
            CliRunner build = CliRunner.run("build", SMALL.toString(), "-o", target);
            // the root and the home folder are wrong arguments; a file in the way is the machine's state
            assertEquals(target.equals(file.toString()) ? 1 : 2, build.exitCode(), target + ": " + build.out() + build.err());
            assertTrue(build.err().startsWith("ppm build: "), build.err());
            assertFalse(build.err().contains("internal error"), build.err());
        }
        assertEquals("keep", Files.readString(file));
    }

    @Test
    void theTableFormatFollowsTheExtensionUnlessGiven(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("t.csv");
        assertEquals(0, CliRunner.run("tables", SMALL.toString(), "--kind", "sharing", "-o", csv.toString()).exitCode());
        assertTrue(Files.readString(csv).startsWith("\uFEFF第三方名称,"), "CSV, not HTML");
        Path md = dir.resolve("t.md");
        assertEquals(0, CliRunner.run("tables", SMALL.toString(), "--kind", "sharing", "--lang", "en",
                "-o", md.toString()).exitCode());
        assertTrue(Files.readString(md).startsWith("# Third-party sharing list"));

        CliRunner mismatch = CliRunner.run("tables", SMALL.toString(), "--kind", "sharing", "--format", "csv",
                "-o", dir.resolve("t.html").toString());
        assertEquals(2, mismatch.exitCode());
        assertTrue(mismatch.err().contains("--format csv does not match"), mismatch.err());
        CliRunner unknown = CliRunner.run("tables", SMALL.toString(), "--kind", "sharing", "-o", dir.resolve("t.txt").toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("cannot tell the format"), unknown.err());
        assertFalse(Files.exists(dir.resolve("t.html")) || Files.exists(dir.resolve("t.txt")));
        assertTrue(CliRunner.run("tables", SMALL.toString(), "--kind", "sharing").out().startsWith("<!DOCTYPE html>"),
                "HTML without -o");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://exa%zz/", "http://[::1/", "http:/", "http://ex.com/a%/", "not an iri/"})
    void anInvalidBaseIsAUsageErrorBeforeAnythingIsWritten(String base, @TempDir Path dir) {
        Path out = dir.resolve("policy.ttl");
        CliRunner export = CliRunner.run("export", SMALL.toString(), "--base", base, "-o", out.toString());
        assertEquals(2, export.exitCode(), export.err());
        assertTrue(export.err().startsWith("ppm export: --base: base IRI `" + base + "`"), export.err());
        assertFalse(Files.exists(out));
    }

    private static List<Path> leftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
