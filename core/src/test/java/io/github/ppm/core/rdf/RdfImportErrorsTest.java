package io.github.ppm.core.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.model.Policy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input the RDF parser cannot read is one syntax finding, whatever goes wrong inside the parser. */
class RdfImportErrorsTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "this is not turtle",
        "@base <http://exa mple.org/> .",
        // A prefixed name ending in "%": Jena 5.6 throws IllegalFormatCodePointException while it
        // formats the error (found by Jazzer as Latin-1 bytes, kept in fuzz/…/RdfImportFuzzTestInputs/turtle/;
        // as such it is now refused as not UTF-8 before the parser sees it, so here it is UTF-8).
        "\u00c2\u00ff\u00b5e:%"})
    void brokenTurtleIsOneSyntaxFinding(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Parsed<Policy> parsed = Rdf.read("broken.ttl", bytes, RdfFormat.TURTLE);
        assertFalse(parsed.ok());
        assertEquals(List.of("PPM-RDF-SYNTAX"), parsed.report().diagnostics().stream().map(Diagnostic::rule).toList());
    }
}
