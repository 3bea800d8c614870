package io.github.ppm.core.rdf;

import io.github.ppm.core.RepoFiles;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.model.Policy;

/** The policies the RDF tests use. */
final class RdfFixtures {
    private RdfFixtures() {
    }

    static Parsed<Policy> flagshipParsed() {
        return PolicyIO.read(RepoFiles.flagship());
    }

    static Policy flagship() {
        return flagshipParsed().orThrow();
    }

    static Parsed<Policy> sectionsParsed() {
        return PolicyIO.read(RepoFiles.root().resolve("core/src/test/resources/fixtures/roundtrip/sections.yaml"));
    }

    /** A section reference of every kind the grammar accepts. */
    static Policy sections() {
        return sectionsParsed().orThrow();
    }

    static Policy hostile() {
        return PolicyIO.read(RepoFiles.root().resolve("core/src/test/resources/fixtures/roundtrip/hostile-values.yaml"))
                .orThrow();
    }
}
