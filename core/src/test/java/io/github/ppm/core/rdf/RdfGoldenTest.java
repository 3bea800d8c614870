package io.github.ppm.core.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.RepoFiles;
import io.github.ppm.core.Valid;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The flagship as Turtle, kept for reading and compared exactly. Refresh with
 * {@code ./mvnw -pl core test -Dtest=RdfGoldenTest -Dppm.updateGolden=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RdfGoldenTest {
    private static final Path GOLDEN = Path.of("core/src/test/resources/golden/rdf/jinshang-consumer-finance.ttl");

    @Test
    void flagshipTurtleMatchesGolden() throws IOException {
        String turtle = Rdf.write(Valid.of(RdfFixtures.flagship()), RdfFormat.TURTLE, RdfOptions.DEFAULT);
        RepoFiles.assertGolden(RepoFiles.root().resolve(GOLDEN), turtle);
    }

    @Test
    void turtleIsStableAcrossRuns() {
        String a = Rdf.write(Valid.of(RdfFixtures.flagship()), RdfFormat.TURTLE, RdfOptions.DEFAULT);
        String b = Rdf.write(Valid.of(RdfFixtures.flagship()), RdfFormat.TURTLE, RdfOptions.DEFAULT);
        assertEquals(a, b);
        assertTrue(a.startsWith("BASE   <https://w3id.org/ppm/policy/>\nPREFIX dct:"), a.substring(0, 80));
    }
}
