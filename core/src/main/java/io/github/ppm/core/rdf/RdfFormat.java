package io.github.ppm.core.rdf;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The RDF syntaxes ppm writes and reads. Plain data, no RDF library types, so the command line
 * can name it in options without loading Jena.
 */
public enum RdfFormat {
    /** Turtle, pretty-printed: prefixes, one block per subject, lists in parentheses. */
    TURTLE("ttl", List.of("ttl")),
    /** JSON-LD 1.1. */
    JSONLD("jsonld", List.of("jsonld", "json-ld")),
    /** N-Triples, one triple per line, UTF-8. */
    NTRIPLES("nt", List.of("nt")),
    /** RDF/XML. */
    RDFXML("rdfxml", List.of("rdf", "xml", "owl"));

    private final String shortName;
    private final List<String> extensions;

    RdfFormat(String shortName, List<String> extensions) {
        this.shortName = shortName;
        this.extensions = extensions;
    }

    /** The name used on the command line: {@code ttl}, {@code jsonld}, {@code nt} or {@code rdfxml}. */
    public String shortName() {
        return shortName;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extensions.get(0);
    }

    /** The format a file name says, by its extension. */
    public static Optional<RdfFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1);
        for (RdfFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format with this short name ({@code ttl}, ...), if any. */
    public static Optional<RdfFormat> named(String shortName) {
        for (RdfFormat format : values()) {
            if (format.shortName.equalsIgnoreCase(shortName)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
