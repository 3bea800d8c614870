package io.github.ppm.core.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.RecordingServer;
import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.io.Parsed;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adversarial review's RDF inputs, each ending in one diagnostic with its place, quickly and offline. */
class RdfReaderHardeningTest {
    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    private static Diagnostic only(Parsed<Graph> parsed) {
        assertFalse(parsed.ok());
        assertEquals(1, parsed.report().diagnostics().size(), parsed.report().toString());
        return parsed.report().diagnostics().get(0);
    }

    private static Parsed<Graph> read(String text, RdfFormat format) {
        return Rdf.readGraph("in." + format.extension(), text.getBytes(StandardCharsets.UTF_8), format);
    }

    @Test
    void remoteAndFileContextsAreRefusedWithoutContact() throws IOException {
        RecordingServer recorder = RecordingServer.answering("{\"@context\": {\"p\": \"urn:p\"}}");
        // A host that accepts connections and never answers: fetching it would hang.
        try (recorder; ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Path local = Files.writeString(tmp.resolve("ctx.jsonld"), "{\"@context\": {\"p\": \"urn:p\"}}");
            for (String context : new String[] {
                recorder.url("/ctx.jsonld"),
                "http://127.0.0.1:" + silent.getLocalPort() + "/ctx.jsonld",
                local.toUri().toString()}) {
                assertTimeoutPreemptively(BOUND, () -> {
                    Diagnostic d = only(read("{\"@context\": \"" + context + "\", \"@id\": \"urn:a\", \"p\": \"x\"}",
                            RdfFormat.JSONLD));
                    assertEquals("PPM-RDF-CONTEXT", d.rule());
                    assertTrue(d.message().en().contains(context.substring(context.lastIndexOf('/'))), d.message().en());
                });
            }
        }
        assertEquals(0, recorder.requests(), "a context was fetched");
    }

    @Test
    void ppmsOwnContextIsReadFromTheClasspath() {
        Parsed<Graph> parsed = read("{\"@context\": \"" + RdfReader.CONTEXT_IRI + "\", \"@id\": \"urn:a\","
                + " \"title\": {\"en\": \"t\"}}", RdfFormat.JSONLD);
        assertTrue(parsed.ok(), parsed.report().toString());
        assertTrue(parsed.value().size() > 0);
    }

    @Test
    void deepNestingIsADiagnosticNotAStackOverflow() {
        assertTimeoutPreemptively(BOUND, () -> {
            Diagnostic json = only(read("{\"urn:p\": ".repeat(2000) + "1" + "}".repeat(2000), RdfFormat.JSONLD));
            assertEquals("PPM-RDF-DEPTH", json.rule());
            assertEquals(1, json.location().line());
            assertEquals(RdfReader.MAX_DEPTH * "{\"urn:p\": ".length() + 1, json.location().column());
            Diagnostic turtle = only(read("<urn:a> <urn:p>\n" + "[ <urn:p> ".repeat(2000) + "1" + " ]".repeat(2000) + " .",
                    RdfFormat.TURTLE));
            assertEquals("PPM-RDF-DEPTH", turtle.rule());
            assertEquals(2, turtle.location().line());
            Diagnostic list = only(read("<urn:a> <urn:p> " + "(".repeat(5000) + ")".repeat(5000) + " .", RdfFormat.TURTLE));
            assertEquals("PPM-RDF-DEPTH", list.rule());
        });
        // Brackets inside strings, IRIs and comments do not count.
        Parsed<Graph> quoted = read("# ((((\n<urn:a> <urn:p> \"" + "[".repeat(500) + "\" , '''" + "(".repeat(500)
                + "''' , <urn:x" + "(".repeat(300) + "> .", RdfFormat.TURTLE);
        assertTrue(quoted.ok(), quoted.report().toString());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWhereTheyAre() {
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        for (RdfFormat format : new RdfFormat[] {RdfFormat.TURTLE, RdfFormat.NTRIPLES, RdfFormat.JSONLD}) {
            String before = format == RdfFormat.JSONLD ? "{\"@id\": \"urn:a\",\n \"urn:p\": \"x" : "<urn:a> <urn:p>\n \"x";
            String after = format == RdfFormat.JSONLD ? "\"}" : "\" .\n";
            byte[] head = before.getBytes(StandardCharsets.UTF_8);
            byte[] tail = after.getBytes(StandardCharsets.UTF_8);
            byte[] content = new byte[head.length + bad.length + tail.length];
            System.arraycopy(head, 0, content, 0, head.length);
            System.arraycopy(bad, 0, content, head.length, bad.length);
            System.arraycopy(tail, 0, content, head.length + bad.length, tail.length);
            Diagnostic d = only(Rdf.readGraph("bad", content, format));
            assertEquals("PPM-RDF-ENCODING", d.rule(), format.toString());
            assertEquals(2, d.location().line(), format.toString());
            assertEquals(before.length() - before.lastIndexOf('\n'), d.location().column(), format.toString());
            assertTrue(d.message().en().contains("0xC3"), d.message().en());
        }
    }

    @Test
    void syntaxErrorsCarryLineAndColumn() {
        for (RdfFormat format : RdfFormat.values()) {
            String text = switch (format) {
                case TURTLE, NTRIPLES -> "<urn:a> <urn:p> <urn:o> .\n<urn:a> <urn:p> oops .\n";
                case JSONLD -> "{\"@id\": \"urn:a\",\n  \"urn:p\": }";
                case RDFXML -> "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n  <rdf:Description>\n</rdf:RDF>";
            };
            Diagnostic d = only(read(text, format));
            assertEquals("PPM-RDF-SYNTAX", d.rule(), format + ": " + d.message().en());
            // The XML parser notices the missing end tag at the next tag, on line 3.
            assertEquals(format == RdfFormat.RDFXML ? 3 : 2, d.location().line(), format + ": " + d.message().en());
            assertTrue(d.location().column() > 0, format + ": " + d.message().en());
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
        Path huge = tmp.resolve("huge.nt");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(RdfReader.MAX_BYTES + 1);
        }
        assertTimeoutPreemptively(BOUND, () -> {
            Diagnostic d = only(Rdf.readGraph(huge));
            assertEquals("PPM-RDF-TOO-LARGE", d.rule());
            assertEquals("the RDF is too large: " + (RdfReader.MAX_BYTES + 1) + " bytes, the limit is "
                    + RdfReader.MAX_BYTES + " bytes", d.message().en());
        });
    }
}
