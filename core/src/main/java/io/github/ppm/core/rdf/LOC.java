package io.github.ppm.core.rdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The DPV 2.3 location namespace {@code loc:} (ISO 3166 countries and subdivisions). A region code
 * becomes {@code loc:CODE} only when {@code loc.ttl} defines it: ppm never emits a location IRI the
 * vocabulary lacks.
 */
public final class LOC {
    /** The namespace IRI. */
    public static final String NS = "https://w3id.org/dpv/loc#";
    /** The classpath resource the defined codes are read from. */
    static final String RESOURCE = "/schemas/vocab/dpv/loc.ttl";

    private LOC() {
    }

    private static final class Defined {
        static final Set<String> CODES = scan();
    }

    /** {@code loc:code}, or {@code null} when the vocabulary does not define it. */
    public static Node location(String code) {
        return code != null && Defined.CODES.contains(code) ? NodeFactory.createURI(NS + code) : null;
    }

    /**
     * The subjects of {@code loc.ttl}. A line scan rather than a parse: the file is 4 MB and only
     * its subject names are needed, each at the start of a line as {@code loc:XX a ...}.
     */
    private static Set<String> scan() {
        Set<String> codes = new HashSet<>();
        try (InputStream in = LOC.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing vocabulary resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("loc:")) {
                    int end = line.indexOf(' ');
                    if (end > 4) {
                        codes.add(line.substring(4, end));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(codes);
    }
}
