package io.github.ppm.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.rdf.Rdf;
import io.github.ppm.core.rdf.RdfFormat;
import io.github.ppm.model.Policy;

/** Fuzzes the RDF importer: any bytes give a policy or diagnostics, in every format. */
class RdfImportFuzzTest {
    @FuzzTest
    void turtle(byte[] input) {
        check(input, RdfFormat.TURTLE);
    }

    @FuzzTest
    void ntriples(byte[] input) {
        check(input, RdfFormat.NTRIPLES);
    }

    static void check(byte[] input, RdfFormat format) {
        Parsed<Policy> parsed = Rdf.read("fuzz." + format.extension(), input, format);
        if (!parsed.ok() && !parsed.report().hasErrors()) {
            throw new AssertionError("a failed import must say why");
        }
    }
}
