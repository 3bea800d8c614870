package io.github.ppm.core.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.Valid;
import io.github.ppm.model.Policy;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;
import org.junit.jupiter.api.Test;

/** The fast N-Triples formatter writes exactly what Jena's own formatter writes. */
class PlainNodeFormatterTest {
    @Test
    void flagshipIsByteForByteJenasNTriples() {
        assertSameAsJena(RdfFixtures.flagship());
    }

    @Test
    void hostileValuesFallBackToJenasEscaping() {
        // Quotes, newlines, tabs, emoji (surrogate pairs), markup: each goes through Jena.
        assertSameAsJena(RdfFixtures.hostile());
    }

    @Test
    void onlyTextWithNothingToEscapeTakesTheFastPath() {
        assertTrue(PlainNodeFormatter.plainText("收集您的手机号码 (phone)"));
        assertFalse(PlainNodeFormatter.plainText("say \"hi\""));
        assertFalse(PlainNodeFormatter.plainText("a\\b"));
        assertFalse(PlainNodeFormatter.plainText("line\nbreak"));
        assertFalse(PlainNodeFormatter.plainText("\uD800 lone surrogate"));
        assertTrue(PlainNodeFormatter.plainIri("https://w3id.org/ppm/policy/p-1/sdk/wechat"));
        assertFalse(PlainNodeFormatter.plainIri("https://example.org/a b"));
        assertFalse(PlainNodeFormatter.plainIri("https://example.org/{x}"));
        assertFalse(PlainNodeFormatter.plainIri("https://例子.org/"));
    }

    private static void assertSameAsJena(Policy policy) {
        ByteArrayOutputStream jena = new ByteArrayOutputStream();
        ByteArrayOutputStream fast = new ByteArrayOutputStream();
        StreamRDF reference = StreamRDFWriter.getWriterStream(jena, RDFFormat.NTRIPLES_UTF8);
        StreamRDF plain = new WriterStreamRDFPlain(IO.wrapUTF8(fast), new PlainNodeFormatter());
        reference.start();
        plain.start();
        Exporter.export(Valid.of(policy), RdfOptions.DEFAULT, t -> {
            reference.triple(t);
            plain.triple(t);
        }, null);
        reference.finish();
        plain.finish();
        assertTrue(jena.size() > 10_000);
        assertEquals(jena.toString(StandardCharsets.UTF_8), fast.toString(StandardCharsets.UTF_8));
    }
}
