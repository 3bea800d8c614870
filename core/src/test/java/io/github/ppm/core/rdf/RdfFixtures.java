package io.github.ppm.core.rdf;

import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.model.Policy;
import java.nio.file.Path;

/** The policies the RDF tests use. */
final class RdfFixtures {
    private RdfFixtures() {
    }

    static Path repoRoot() {
        String root = System.getProperty("ppm.repoRoot");
        if (root == null) {
            throw new IllegalStateException("system property ppm.repoRoot is not set: run the tests through Maven");
        }
        return Path.of(root);
    }

    static Path flagshipFile() {
        return repoRoot().resolve("examples/jinshang-consumer-finance/policy.yaml");
    }

    static Parsed<Policy> flagshipParsed() {
        return PolicyIO.read(flagshipFile());
    }

    static Policy flagship() {
        return flagshipParsed().orThrow();
    }

    static Policy hostile() {
        return PolicyIO.read(repoRoot().resolve("core/src/test/resources/fixtures/roundtrip/hostile-values.yaml"))
                .orThrow();
    }
}
