package io.github.ppm.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.rdf.Rdf;
import io.github.ppm.core.rdf.RdfFormat;
import io.github.ppm.core.rdf.RdfOptions;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Throws 1,000 seeded byte-level mutations of a real document at every reader — the policy reader
 * (YAML and JSON), the RDF importer (Turtle and N-Triples) and the manifest reader; none may throw.
 */
class MutatedReadersTest {
    private static final int MUTANTS = 1_000;
    private static final Path HOSTILE = Path.of("../core/src/test/resources/fixtures/roundtrip/hostile-values.yaml");

    @Test
    void policyReaderNeverThrows() throws IOException {
        Policy policy = PolicyIO.read(HOSTILE).orThrow();
        byte[][] seeds = {Files.readAllBytes(HOSTILE), PolicyIO.write(policy, Format.JSON).getBytes(StandardCharsets.UTF_8)};
        Format[] formats = {Format.YAML, Format.JSON};
        for (int f = 0; f < formats.length; f++) {
            Random random = new Random(20261129L + f);
            int kept = 0;
            for (int i = 0; i < MUTANTS; i++) {
                if (PolicyReaderFuzzTest.check(Mutations.mutate(seeds[f], random), formats[f])) {
                    kept++;
                }
            }
            // The mutations must both keep and break documents, or they test only one path.
            assertTrue(kept > 0 && kept < MUTANTS, formats[f] + ": " + kept + " of " + MUTANTS + " still read");
        }
    }

    @Test
    void rdfImporterNeverThrows() {
        ValidatedPolicy policy = PolicyValidator.read(HOSTILE).orThrow();
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
