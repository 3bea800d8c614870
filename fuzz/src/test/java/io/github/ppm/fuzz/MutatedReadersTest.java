package io.github.ppm.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.rdf.Rdf;
import io.github.ppm.core.rdf.RdfFormat;
import io.github.ppm.core.rdf.RdfOptions;
import io.github.ppm.model.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Throws 1,000 seeded byte-level mutations of a real document at the RDF importer (Turtle and
 * N-Triples) and at the manifest reader; none may throw. (The policy reader's own 1,000 are in
 * core's MutatedInputTest.)
 */
class MutatedReadersTest {
    private static final int MUTANTS = 1_000;

    @Test
    void rdfImporterNeverThrows() {
        Policy policy = PolicyIO.read(Path.of("../core/src/test/resources/fixtures/roundtrip/hostile-values.yaml")).orThrow();
        for (RdfFormat format : new RdfFormat[] {RdfFormat.TURTLE, RdfFormat.NTRIPLES}) {
            byte[] seed = Rdf.write(policy, format, RdfOptions.DEFAULT).getBytes(StandardCharsets.UTF_8);
            Random random = new Random(format.ordinal() + 7L);
            int count = 0;
            for (int i = 0; i < MUTANTS; i++) {
                RdfImportFuzzTest.check(Mutations.mutate(seed, random), format);
                count++;
            }
            assertEquals(MUTANTS, count);
        }
    }

    @Test
    void manifestReaderNeverThrows() throws IOException {
        byte[] seed = Files.readAllBytes(Path.of("../core/src/test/resources/fixtures/inventory/AndroidManifest.xml"));
        Random random = new Random(11);
        for (int i = 0; i < MUTANTS; i++) {
            ManifestFuzzTest.check(Mutations.mutate(seed, random));
        }
    }
}
