package io.github.ppm.core.rdf;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.diag.SourceLocation;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.SourceMap;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.Policy;
import io.github.ppm.model.TaxonomyKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * Policies as RDF on DPV 2.3: {@link #write} exports, {@link #read} imports (lossless:
 * {@code read(write(p))} equals {@code p}), {@link #check} runs the SHACL shapes of
 * {@code schemas/shapes/} on the export and places each finding at the policy object it is about.
 */
public final class Rdf {
    /** The prefixes every export declares, in this order. */
    public static final Map<String, String> PREFIXES;

    static {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("dpv", DPV.NS);
        prefixes.put("pd", PD.NS);
        prefixes.put("tech", TECH.NS);
        prefixes.put("loc", LOC.NS);
        prefixes.put("sector-finance", FINANCE.NS);
        prefixes.put("ppm", PPM.NS);
        prefixes.putAll(new java.util.TreeMap<>(Profile.CONCEPT_PREFIXES));
        prefixes.put("dct", DCTerms.NS);
        prefixes.put("skos", SKOS.uri);
        prefixes.put("rdf", RDF.uri);
        prefixes.put("rdfs", RDFS.uri);
        prefixes.put("owl", OWL.NS);
        prefixes.put("xsd", XSD.NS);
        prefixes.put("foaf", "http://xmlns.com/foaf/0.1/");
        PREFIXES = java.util.Collections.unmodifiableMap(prefixes);
    }

    private Rdf() {
    }

    // ---- export

    /** The policy as a graph in export order, with the export's prefixes. */
    public static Graph graph(ValidatedPolicy policy, RdfOptions options) {
        return build(policy, options, null);
    }

    /** The IRI of the policy's node, which is also its graph's name in a store: base IRI + policy id. */
    public static String policyIri(Policy policy, RdfOptions options) {
        return Exporter.policyIri(policy, options);
    }

    /** The concept IRI of a taxonomy key, e.g. {@code https://w3id.org/ppm/data-category#device.identifier}. */
    public static String conceptIri(TaxonomyKey key) {
        return Concepts.concept(key.getClass(), key.value()).getURI();
    }

    /** The concept IRI the export writes for a closed-enum constant (a legal basis, a disclosure kind, ...), if any. */
    public static java.util.Optional<String> conceptIri(Enum<?> constant) {
        Map<? extends Enum<?>, Node> concepts = Profile.ENUM_CONCEPTS.get(constant.getDeclaringClass());
        return concepts == null ? java.util.Optional.empty() : java.util.Optional.of(concepts.get(constant).getURI());
    }

    static Graph build(ValidatedPolicy policy, RdfOptions options, Map<Node, String> pointers) {
        OrderedGraph graph = new OrderedGraph();
        graph.getPrefixMapping().setNsPrefixes(PREFIXES);
        Exporter.export(policy, options, graph::add, pointers);
        return graph;
    }

    /** Writes the policy in {@code format} to {@code out} (UTF-8). */
    public static void write(ValidatedPolicy policy, RdfFormat format, RdfOptions options, OutputStream out) {
        if (format == RdfFormat.NTRIPLES) {
            // Streams straight to the output: no graph is built.
            StreamRDF stream = new WriterStreamRDFPlain(IO.wrapUTF8(out), new PlainNodeFormatter());
            stream.start();
            Exporter.export(policy, options, stream::triple, null);
            stream.finish();
            return;
        }
        write(graph(policy, options), format, options.baseIri(), out);
    }

    /** Writes a graph in {@code format}; {@code base}, when not null, shortens instance IRIs in Turtle. */
    static void write(Graph graph, RdfFormat format, String base, OutputStream out) {
        org.apache.jena.riot.RDFWriterBuilder writer = RDFWriter.source(graph).format(jenaFormat(format));
        if (format == RdfFormat.TURTLE && base != null) {
            writer.base(base);
        }
        writer.output(out);
    }

    /** The policy as text in {@code format}. */
    public static String write(ValidatedPolicy policy, RdfFormat format, RdfOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(policy, format, options, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static RDFFormat jenaFormat(RdfFormat format) {
        return switch (format) {
            case TURTLE -> RDFFormat.TURTLE_PRETTY;
            case JSONLD -> RDFFormat.JSONLD11;
            case NTRIPLES -> RDFFormat.NTRIPLES_UTF8;
            case RDFXML -> RDFFormat.RDFXML_PLAIN;
        };
    }

    static Lang lang(RdfFormat format) {
        return switch (format) {
            case TURTLE -> Lang.TURTLE;
            case JSONLD -> Lang.JSONLD11;
            case NTRIPLES -> Lang.NTRIPLES;
            case RDFXML -> Lang.RDFXML;
        };
    }

    // ---- import

    /** Reads a policy from an RDF file; the format comes from the extension. */
    public static Parsed<Policy> read(Path file) {
        return RdfFormat.of(file).map(format -> read(file, format)).orElseGet(() -> failed(file.toString(),
                "PPM-RDF-FORMAT", file.getFileName().toString()));
    }

    /** Reads a policy from an RDF file in {@code format}. */
    public static Parsed<Policy> read(Path file, RdfFormat format) {
        try {
            return read(file.toString(), Files.readAllBytes(file), format);
        } catch (NoSuchFileException e) {
            return failed(file.toString(), "PPM-IO-NOT-FOUND", file.toString());
        } catch (IOException e) {
            return failed(file.toString(), "PPM-IO-UNREADABLE", e.getMessage());
        }
    }

    /** Reads a policy from RDF bytes; {@code name} is used in diagnostics. */
    public static Parsed<Policy> read(String name, byte[] content, RdfFormat format) {
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(content)).lang(lang(format))
                    .base("urn:ppm:import:").errorHandler(ERRORS).parse(graph);
        } catch (RiotException | IRIException e) {
            // A malformed IRI in @base or @prefix escapes the error handler as IRIException (found by fuzzing).
            return failed(name, "PPM-RDF-SYNTAX", e.getMessage());
        } catch (RuntimeException e) {
            // Jena's own bugs on broken input, e.g. a Turtle file ending in "%" after a prefixed name
            // throws IllegalFormatCodePointException while formatting its error (found by fuzzing):
            // whatever the parser throws, the input was not RDF it could read.
            return failed(name, "PPM-RDF-SYNTAX", "the parser stopped with " + e);
        }
        return read(name, graph);
    }

    /** Reads the one policy of a graph. */
    public static Parsed<Policy> read(String name, Graph graph) {
        List<Node> policies = Importer.policies(graph);
        if (policies.isEmpty()) {
            return failed(name, "PPM-RDF-NO-POLICY");
        }
        if (policies.size() > 1) {
            return failed(name, "PPM-RDF-MANY-POLICIES", policies.size());
        }
        try {
            return new Parsed<>(Importer.read(graph, policies.get(0)), Report.empty(), SourceMap.none(name));
        } catch (Importer.ImportException e) {
            String at = e.node() == null ? "" : e.node().isURI() ? e.node().getURI() : e.node().toString();
            return failed(name, "PPM-RDF-VALUE", e.field(), at, e.getMessage());
        }
    }

    /** Syntax errors stop the parse; warnings (e.g. an unusual IRI) do not. */
    private static final ErrorHandler ERRORS = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotException(at(message, line, col));
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotException(at(message, line, col));
        }

        private String at(String message, long line, long col) {
            return line > 0 ? "line " + line + ", column " + col + ": " + message : message;
        }
    };

    private static Parsed<Policy> failed(String name, String rule, Object... args) {
        Diagnostic d = new Diagnostic(rule, Severity.ERROR, Messages.of(rule, args), Messages.help(rule, args),
                SourceLocation.of(name, ""), List.of());
        return new Parsed<>(null, new Report(List.of(d)), SourceMap.none(name));
    }

    // ---- SHACL

    /**
     * Runs the SHACL shapes on the export of a validated policy; each finding points at the policy
     * object (file, line) its focus node was made from.
     */
    public static Report check(ValidatedPolicy policy, RdfOptions options) {
        Map<Node, String> pointers = new HashMap<>();
        Graph graph = build(policy, options, pointers);
        return ShaclCheck.check(graph, pointers, policy.sourceMap());
    }

    /** Runs the SHACL shapes on any graph; findings point at focus nodes by IRI. */
    public static Report check(Graph graph, String name) {
        return ShaclCheck.check(graph, Map.of(), SourceMap.none(name));
    }
}
