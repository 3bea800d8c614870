package io.github.ppm.core.query;

import io.github.ppm.core.diag.TerminalText;
import io.github.ppm.core.disclosure.Csv;
import io.github.ppm.core.rdf.PPM;
import io.github.ppm.core.rdf.Rdf;
import io.github.ppm.core.rdf.RdfOptions;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.Policy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
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
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * Runs SPARQL over policies. Every dataset here has one named graph per policy, named by the
 * policy's IRI, which is what the {@link NamedQueries} ask with {@code GRAPH ?g}; the default
 * graph is the policy itself for one policy and the union of all policies for a store, so
 * hand-written queries need no {@code GRAPH} clause.
 */
public final class Sparql {
    /** Why a query with {@code SERVICE} is refused, for the endpoint and the command line alike. */
    public static final String SERVICE_REFUSED = "SERVICE is disabled: it would make ppm fetch other URLs"
            + " (allow it with --allow-service)";
    /** How a typed number a TSV answer writes bare looks; a spreadsheet reads it as a number. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]*)?([eE][+-]?[0-9]+)?");

    private Sparql() {
    }

    /**
     * How a user's query may run.
     *
     * @param timeout      longest run; the execution is cancelled after it
     * @param allowService whether {@code SERVICE} may fetch from other endpoints
     */
    public record Limits(Duration timeout, boolean allowService) {
        /** 5 seconds, no {@code SERVICE}. */
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(5), false);

        public Limits {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, got " + timeout);
            }
        }

        public Limits withTimeout(Duration value) {
            return new Limits(value, allowService);
        }

        public Limits withAllowService(boolean value) {
            return new Limits(timeout, value);
        }
    }

    /** Whether {@code query} has a {@code SERVICE} clause anywhere, sub-queries included. */
    public static boolean usesService(Query query) {
        return usesService(Algebra.compile(query));
    }

    /** Whether a graph pattern (e.g. an update's {@code WHERE}) has a {@code SERVICE} clause. */
    public static boolean usesService(Element pattern) {
        return usesService(Algebra.compile(pattern));
    }

    private static boolean usesService(Op op) {
        boolean[] found = {false};
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                found[0] = true;
            }

            @Override
            public void visit(OpFilter filter) {
                // EXISTS and NOT EXISTS hold patterns of their own.
                for (Expr expr : filter.getExprs()) {
                    if (expr instanceof ExprFunctionOp exists && usesService(exists.getGraphPattern())) {
                        found[0] = true;
                    }
                }
            }
        });
        return found[0];
    }

    /** An execution with {@code SERVICE} off unless allowed, and cancelled after {@code timeout} when not null. */
    private static QueryExecution execution(Dataset dataset, Query query, Duration timeout, boolean allowService) {
        QueryExecutionDatasetBuilder builder = QueryExecution.dataset(dataset).query(query)
                .set(ARQ.httpServiceAllowed, allowService);
        if (timeout != null) {
            builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        return builder.build();
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

    /** Runs a SELECT query of ppm's own (no timeout, no {@code SERVICE}) and returns its answer as plain values. */
    public static QueryResult select(Dataset dataset, Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = execution(dataset, query, null, false)) {
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
     * DESCRIBE as Turtle (table), N-Triples (csv, tsv) or JSON-LD (json). The answer is complete
     * before the first byte is written, so a timeout never leaves half an answer.
     *
     * @throws IllegalArgumentException when the query has {@code SERVICE} and {@code limits} do not allow it
     * @throws QueryCancelledException  when the query ran longer than the timeout
     */
    public static void write(Dataset dataset, Query query, ResultFormat format, Limits limits, OutputStream out) {
        if (!limits.allowService() && usesService(query)) {
            throw new IllegalArgumentException(SERVICE_REFUSED);
        }
        Txn.executeRead(dataset, () -> {
            try (QueryExecution execution = execution(dataset, query, limits.timeout(), limits.allowService())) {
                if (query.isSelectType()) {
                    ResultSetRewindable results = execution.execSelect().rewindable();
                    switch (format) {
                        case TABLE -> terminalSafe(out, buffer -> ResultSetFormatter.out(buffer, results, prefixes(query)));
                        case CSV, TSV -> writeCells(out, results, format);
                        case JSON -> ResultSetFormatter.outputAsJSON(out, results);
                    }
                } else if (query.isAskType()) {
                    boolean answer = execution.execAsk();
                    switch (format) {
                        case TABLE -> terminalSafe(out, buffer -> ResultSetFormatter.out(buffer, answer));
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

    /**
     * SELECT answers as SPARQL 1.1 CSV (plain values, CRLF) or TSV (RDF terms, LF), each value
     * through {@link Csv#neutralise} so that a spreadsheet opening the file runs no formula: Jena's
     * own writers pass {@code =HYPERLINK(..)} through as it is. In TSV a string's text is neutralised
     * inside its quotes; a well-formed number is written bare, as Jena does, and is never a formula.
     */
    static void writeCells(OutputStream out, ResultSet results, ResultFormat format) {
        boolean csv = format == ResultFormat.CSV;
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> variables = results.getResultVars();
        Map<Node, String> blanks = new HashMap<>();
        try {
            writer.write(csv ? Csv.row(variables)
                    : String.join("\t", variables.stream().map(v -> "?" + v).toList()) + "\n");
            while (results.hasNext()) {
                Binding binding = results.nextBinding();
                List<String> cells = new ArrayList<>(variables.size());
                for (String variable : variables) {
                    Node node = binding.get(variable);
                    cells.add(node == null ? ""
                            : node.isBlank() ? blanks.computeIfAbsent(node, b -> "_:b" + blanks.size())
                            : csv ? (node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm()
                                    : node.toString())
                            : tsvTerm(node));
                }
                writer.write(csv ? Csv.row(cells) : String.join("\t", cells) + "\n");
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The aligned table is for a terminal: a stored value with an escape sequence or a bidi
     * override is shown escaped ({@link TerminalText}), line by line, not sent raw.
     */
    private static void terminalSafe(OutputStream out, Consumer<OutputStream> table) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        table.accept(buffer);
        String safe = Arrays.stream(buffer.toString(StandardCharsets.UTF_8).split("\n", -1))
                .map(TerminalText::escape).collect(Collectors.joining("\n"));
        try {
            out.write(safe.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tsvTerm(Node node) {
        if (!node.isLiteral()) {
            return NodeFmtLib.strNT(node);
        }
        String lexical = node.getLiteralLexicalForm();
        RDFDatatype type = node.getLiteralDatatype();
        if (type instanceof XSDDatatype && type != XSDDatatype.XSDstring && NUMBER.matcher(lexical).matches()
                && type.isValid(lexical)) {
            return lexical;
        }
        String safe = Csv.neutralise(lexical);
        if (safe.equals(lexical)) {
            return NodeFmtLib.strNT(node);
        }
        String lang = node.getLiteralLanguage();
        return NodeFmtLib.strNT(lang.isEmpty() ? NodeFactory.createLiteralDT(safe, type)
                : NodeFactory.createLiteralLang(safe, lang));
    }

    private static PrefixMapping prefixes(Query query) {
        PrefixMapping mapping = PrefixMapping.Factory.create().setNsPrefixes(Rdf.PREFIXES);
        mapping.setNsPrefixes(query.getPrefixMapping());
        return mapping;
    }
}
