package io.github.ppm.core.rdf;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.diag.SourceLocation;
import io.github.ppm.core.io.SourceMap;
import io.github.ppm.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Runs ppm's SHACL shapes ({@code schemas/shapes/*.ttl}) and turns each result into a
 * {@link Diagnostic}: the rule id is the local name of the shape that failed, the message comes
 * from the rdf package's catalogue (or the shape's {@code sh:message} for a shape it does not
 * know), and the location is the policy object the focus node was exported from.
 */
final class ShaclCheck {
    /** The shape files, on the classpath under {@code /schemas/shapes/}. */
    static final List<String> FILES = List.of("policy.ttl", "processes.ttl", "storage.ttl", "vocabulary.ttl");
    static final String SHAPES_NS = "https://w3id.org/ppm/shapes#";

    private static final class Loaded {
        static final Graph GRAPH = load();
        static final Shapes SHAPES = Shapes.parse(GRAPH);
        static final Set<String> KNOWN = Messages.keys("en");
    }

    private ShaclCheck() {
    }

    /** The shapes graph (all files together). */
    static Graph shapesGraph() {
        return Loaded.GRAPH;
    }

    static Report check(Graph data, Map<Node, String> pointers, SourceMap map) {
        ValidationReport report = ShaclValidator.get().validate(Loaded.SHAPES, data);
        List<Diagnostic> findings = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            findings.add(diagnostic(entry, pointers, map));
        }
        findings.sort(Diagnostic.READING_ORDER);
        return new Report(findings);
    }

    private static Diagnostic diagnostic(ReportEntry entry, Map<Node, String> pointers, SourceMap map) {
        Node shape = entry.source();
        String rule = shape != null && shape.isURI() && shape.getURI().startsWith(SHAPES_NS)
                ? shape.getURI().substring(SHAPES_NS.length()) : "PPM-SHACL";
        Node focus = entry.focusNode();
        String focusName = name(focus);
        Text message;
        Text help = null;
        if (Loaded.KNOWN.contains(rule)) {
            message = Messages.of(rule, focusName);
            help = Messages.help(rule, focusName);
        } else {
            String text = "`" + focusName + "`: " + entry.message();
            message = new Text(text, text);
        }
        SourceLocation location = locate(focus, pointers, map);
        return new Diagnostic(rule, severity(entry), message, help, location, List.of());
    }

    private static Severity severity(ReportEntry entry) {
        String level = entry.severity().level().getURI();
        if (level.endsWith("#Warning")) {
            return Severity.WARNING;
        }
        return level.endsWith("#Info") ? Severity.INFO : Severity.ERROR;
    }

    /** The focus node's pointer, or that of the nearest node above it in the IRI path. */
    private static SourceLocation locate(Node focus, Map<Node, String> pointers, SourceMap map) {
        String pointer = pointers.get(focus);
        if (pointer == null && focus.isURI()) {
            String iri = focus.getURI();
            for (int slash = iri.lastIndexOf('/'); pointer == null && slash > 0; slash = iri.lastIndexOf('/')) {
                iri = iri.substring(0, slash);
                pointer = pointers.get(org.apache.jena.graph.NodeFactory.createURI(iri));
            }
        }
        if (pointer == null) {
            return SourceLocation.of(map.file(), "");
        }
        return map.locate(pointer);
    }

    /** A short name for a node: the part of its IRI after the policy, e.g. {@code sdk/getui}. */
    private static String name(Node focus) {
        if (focus == null) {
            return "";
        }
        if (!focus.isURI()) {
            return focus.toString();
        }
        String iri = focus.getURI();
        for (String segment : Profile.OWN_SEGMENTS.values()) {
            int at = iri.lastIndexOf("/" + segment + "/");
            if (at >= 0) {
                return iri.substring(at + 1);
            }
        }
        return iri;
    }

    private static Graph load() {
        Graph graph = GraphFactory.createDefaultGraph();
        for (String file : FILES) {
            String resource = "/schemas/shapes/" + file;
            try (InputStream in = ShaclCheck.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing shapes resource " + resource);
                }
                RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return graph;
    }
}
