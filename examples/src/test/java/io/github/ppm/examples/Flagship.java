package io.github.ppm.examples;

import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.Policy;
import java.nio.file.Path;

/** The flagship policy, read once for all tests of this module. */
final class Flagship {
    static final Path DIR = Path.of("jinshang-consumer-finance");
    static final Path FILE = DIR.resolve("policy.yaml");
    private static final Parsed<Policy> PARSED = PolicyIO.read(FILE);

    private Flagship() {
    }

    static Parsed<Policy> parsed() {
        return PARSED;
    }

    static Policy policy() {
        return PARSED.orThrow();
    }

    /** The flagship through the validation boundary, as every output takes it. */
    static ValidatedPolicy valid() {
        return PolicyValidator.check(PARSED).orThrow();
    }
}
