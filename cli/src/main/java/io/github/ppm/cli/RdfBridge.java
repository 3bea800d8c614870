package io.github.ppm.cli;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.rdf.Rdf;
import io.github.ppm.core.rdf.RdfFormat;
import io.github.ppm.core.rdf.RdfOptions;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.Policy;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The commands' one way into the RDF package. Commands name only this class, whose signatures
 * hold no RDF library types, so picocli's start-up reflection and {@code ppm validate} without
 * {@code --shacl} never load Jena.
 */
final class RdfBridge {
    private RdfBridge() {
    }

    static boolean validBase(String base) {
        return baseProblem(base) == null;
    }

    /** What is wrong with {@code base} as a base IRI, or null when nothing is. */
    static String baseProblem(String base) {
        try {
            new RdfOptions(base);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    static String write(ValidatedPolicy policy, String format, String base) {
        return Rdf.write(policy, RdfFormat.named(format).orElseThrow(), new RdfOptions(base));
    }

    static void write(ValidatedPolicy policy, String format, String base, OutputStream out) {
        Rdf.write(policy, RdfFormat.named(format).orElseThrow(), new RdfOptions(base), out);
    }

    static Report check(ValidatedPolicy policy, String base) {
        return Rdf.check(policy, new RdfOptions(base));
    }

    static Parsed<Policy> read(Path file, String format) {
        return format == null ? Rdf.read(file) : Rdf.read(file, RdfFormat.named(format).orElseThrow());
    }
}
