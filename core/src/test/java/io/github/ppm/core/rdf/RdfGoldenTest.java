package io.github.ppm.core.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        String turtle = Rdf.write(RdfFixtures.flagship(), RdfFormat.TURTLE, RdfOptions.DEFAULT);
        Path file = RdfFixtures.repoRoot().resolve(GOLDEN);
        if (Boolean.getBoolean("ppm.updateGolden")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, turtle, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), turtle,
                "the Turtle export changed: review the diff and refresh with -Dppm.updateGolden=true");
    }

    @Test
    void turtleIsStableAcrossRuns() {
        String a = Rdf.write(RdfFixtures.flagship(), RdfFormat.TURTLE, RdfOptions.DEFAULT);
        String b = Rdf.write(RdfFixtures.flagship(), RdfFormat.TURTLE, RdfOptions.DEFAULT);
        assertEquals(a, b);
        assertTrue(a.startsWith("BASE   <https://w3id.org/ppm/policy/>\nPREFIX dct:"), a.substring(0, 80));
    }
}
