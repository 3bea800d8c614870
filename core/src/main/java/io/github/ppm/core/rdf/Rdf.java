package io.github.ppm.core.rdf;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.SourceMap;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.Policy;
import io.github.ppm.model.TaxonomyKey;
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
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;
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
        Parsed<Graph> graph = readGraph(file, format);
        return graph.ok() ? read(file.toString(), graph.value()) : failed(graph);
    }

    /**
     * Reads a policy from RDF bytes; {@code name} is used in diagnostics. The input may be hostile:
     * see {@link #readGraph(String, byte[], RdfFormat)}.
     */
    public static Parsed<Policy> read(String name, byte[] content, RdfFormat format) {
        Parsed<Graph> graph = readGraph(name, content, format);
        return graph.ok() ? read(name, graph.value()) : failed(graph);
    }

    /** Reads an RDF file (any graph, not only a policy); the format comes from the extension. */
    public static Parsed<Graph> readGraph(Path file) {
        return RdfFormat.of(file).map(format -> readGraph(file, format)).orElseGet(() -> RdfReader.failed(
                file.toString(), "PPM-RDF-FORMAT", 0, 0, file.getFileName().toString()));
    }

    /** Reads an RDF file in {@code format}; a file over the size limit is refused before it is read. */
    public static Parsed<Graph> readGraph(Path file, RdfFormat format) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > RdfReader.MAX_BYTES) {
                return RdfReader.failed(name, "PPM-RDF-TOO-LARGE", 0, 0, size + " bytes", RdfReader.MAX_BYTES + " bytes");
            }
            return readGraph(name, Files.readAllBytes(file), format);
        } catch (NoSuchFileException e) {
            return RdfReader.failed(name, "PPM-IO-NOT-FOUND", 0, 0, name);
        } catch (IOException e) {
            return RdfReader.failed(name, "PPM-IO-UNREADABLE", 0, 0, e.getMessage());
        }
    }

    /**
     * Reads RDF bytes that may be hostile: nothing is fetched (a JSON-LD context other than ppm's
     * own, {@code https://w3id.org/ppm/context.jsonld}, is refused), size and nesting are bounded,
     * bytes must be UTF-8 (RDF/XML: its declared encoding), and every failure is one diagnostic
     * with its line and column.
     */
    public static Parsed<Graph> readGraph(String name, byte[] content, RdfFormat format) {
        return RdfReader.read(name, content, format);
    }

    private static Parsed<Policy> failed(Parsed<Graph> graph) {
        return new Parsed<>(null, graph.report(), graph.sourceMap());
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

    private static Parsed<Policy> failed(String name, String rule, Object... args) {
        return RdfReader.failed(name, rule, 0, 0, args);
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
