package io.github.ppm.core.query;

import io.github.ppm.core.rdf.PPM;
import io.github.ppm.core.rdf.Rdf;
import io.github.ppm.core.rdf.RdfOptions;
import io.github.ppm.core.validate.ValidatedPolicy;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * Runs SPARQL over policies. Every dataset here has one named graph per policy, named by the
 * policy's IRI, which is what the {@link NamedQueries} ask with {@code GRAPH ?g}; the default
 * graph is the policy itself for one policy and the union of all policies for a store, so
 * hand-written queries need no {@code GRAPH} clause.
 */
public final class Sparql {
    private Sparql() {
    }

    /** One policy as a dataset: its export as the named graph {@link Rdf#policyIri} and as the default graph. */
    public static Dataset dataset(ValidatedPolicy policy, RdfOptions options) {
        return dataset(Rdf.graph(policy, options), Rdf.policyIri(policy.policy(), options));
    }

    /**
     * An exported graph as a dataset: named after its {@code ppm:Policy} node (else {@code fallbackName}),
     * and also the default graph.
     */
    public static Dataset dataset(Graph graph, String fallbackName) {
        List<Node> policies = graph.find(Node.ANY, RDF.type.asNode(), PPM.Policy).mapWith(t -> t.getSubject()).toList();
        String name = policies.size() == 1 && policies.get(0).isURI() ? policies.get(0).getURI() : fallbackName;
        Model model = ModelFactory.createModelForGraph(graph);
        Dataset dataset = DatasetFactory.create(model);
        dataset.addNamedModel(name, model);
        return dataset;
    }

    /** Parses SPARQL text; the export's prefixes are predeclared, so {@code ppm:}, {@code dpv:}, ... need no PREFIX. */
    public static Query parse(String sparql) {
        Query query = new Query();
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Rdf.PREFIXES));
        return QueryFactory.parse(query, sparql, null, null);
    }

    /** Runs a SELECT query and returns its answer as plain values. */
    public static QueryResult select(Dataset dataset, Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet results = execution.execSelect();
                List<String> variables = results.getResultVars();
                List<Map<String, String>> rows = new ArrayList<>();
                while (results.hasNext()) {
                    QuerySolution solution = results.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String v : variables) {
                        RDFNode node = solution.get(v);
                        if (node != null) {
                            row.put(v, node.isLiteral() ? node.asLiteral().getLexicalForm()
                                    : node.isURIResource() ? node.asResource().getURI() : node.toString());
                        }
                    }
                    rows.add(row);
                }
                return new QueryResult(variables, rows);
            }
        });
    }

    /**
     * Runs any query and writes its answer in {@code format}: SELECT and ASK through Jena's
     * {@link ResultSetFormatter} (the table shortens IRIs with the export's prefixes); CONSTRUCT and
     * DESCRIBE as Turtle (table), N-Triples (csv, tsv) or JSON-LD (json).
     */
    public static void write(Dataset dataset, Query query, ResultFormat format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                if (query.isSelectType()) {
                    ResultSetRewindable results = execution.execSelect().rewindable();
                    switch (format) {
                        case TABLE -> ResultSetFormatter.out(out, results, prefixes(query));
                        case CSV -> ResultSetFormatter.outputAsCSV(out, results);
                        case TSV -> ResultSetFormatter.outputAsTSV(out, results);
                        case JSON -> ResultSetFormatter.outputAsJSON(out, results);
                    }
                } else if (query.isAskType()) {
                    boolean answer = execution.execAsk();
                    switch (format) {
                        case TABLE -> ResultSetFormatter.out(out, answer);
                        case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
                        case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
                        case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
                    }
                } else {
                    Model model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
                    model.setNsPrefixes(Rdf.PREFIXES);
                    RDFDataMgr.write(out, model, switch (format) {
                        case TABLE -> Lang.TURTLE;
                        case CSV, TSV -> Lang.NTRIPLES;
                        case JSON -> Lang.JSONLD;
                    });
                }
            }
        });
    }

    private static PrefixMapping prefixes(Query query) {
        PrefixMapping mapping = PrefixMapping.Factory.create().setNsPrefixes(Rdf.PREFIXES);
        mapping.setNsPrefixes(query.getPrefixMapping());
        return mapping;
    }
}
