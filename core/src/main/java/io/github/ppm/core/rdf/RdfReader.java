package io.github.ppm.core.rdf;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.diag.SourceLocation;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.SourceMap;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The one way ppm reads RDF it is given ({@code ppm import}, {@code ppm query FILE.ttl}), for
 * input that may be hostile. It never reaches out: a JSON-LD {@code @context} other than ppm's own
 * ({@link #CONTEXT_IRI}, read from the classpath) is refused, not fetched over HTTP or from a
 * {@code file:} path. It bounds what it reads ({@link #MAX_BYTES}, {@link #MAX_TRIPLES}, nesting to
 * {@link #MAX_DEPTH}, which the recursive parsers would otherwise meet as a stack overflow), refuses
 * bytes that are not UTF-8 (which Jena's Turtle, N-Triples and JSON-LD readers replace by U+FFFD),
 * and turns every parser failure into one diagnostic with its line and column.
 */
final class RdfReader {
    /** Largest input read: ppm's exports are well under a megabyte. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Most triples read (ppm exports about 2,000 a policy), so that 64 MB of short triples cannot fill a 1 GB heap. */
    static final long MAX_TRIPLES = 1_000_000;
    /** Deepest nesting of {@code [ ( {} in Turtle or JSON-LD; ppm's exports nest fewer than 20. */
    static final int MAX_DEPTH = 200;
    /** The IRI a JSON-LD document names ppm's context by ({@code schemas/context/ppm.jsonld}). */
    static final String CONTEXT_IRI = "https://w3id.org/ppm/context.jsonld";
    private static final String CONTEXT_RESOURCE = "/schemas/context/ppm.jsonld";

    private RdfReader() {
    }

    /** One input limit or fault, where it was met. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String rule;
        private final transient Object[] args;
        private final int line;
        private final int column;

        Refused(String rule, int line, int column, Object... args) {
            super(rule, null, false, false);
            this.rule = rule;
            this.line = line;
            this.column = column;
            this.args = args;
        }
    }

    /** Reads {@code content} in {@code format}; {@code name} is used in diagnostics. */
    static Parsed<Graph> read(String name, byte[] content, RdfFormat format) {
        Graph graph = GraphFactory.createDefaultGraph();
        List<String> refusedContexts = new ArrayList<>();
        try {
            if (content.length > MAX_BYTES) {
                throw new Refused("PPM-RDF-TOO-LARGE", 0, 0, content.length + " bytes", MAX_BYTES + " bytes");
            }
            RDFParserBuilder parser;
            if (format == RdfFormat.RDFXML) {
                // The XML reader honours the document's declared encoding and refuses malformed bytes itself.
                parser = RDFParser.source(new ByteArrayInputStream(content)).lang(Rdf.lang(format));
            } else {
                String text = utf8(content);
                if (format != RdfFormat.NTRIPLES) {
                    checkDepth(text, format == RdfFormat.JSONLD);
                }
                parser = RDFParser.fromString(text, Rdf.lang(format));
                if (format == RdfFormat.JSONLD) {
                    parser.set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(loader(refusedContexts)));
                }
            }
            parser.base("urn:ppm:import:").errorHandler(ERRORS).parse(bounded(graph));
        } catch (Refused e) {
            return failed(name, e.rule, e.line, e.column, e.args);
        } catch (RiotParseException e) {
            return contextOr(refusedContexts, name, (int) e.getLine(), (int) e.getCol(), e.getOriginalMessage());
        } catch (RiotException | IRIException e) {
            // A malformed IRI in @base or @prefix escapes the error handler as IRIException (found by fuzzing).
            return contextOr(refusedContexts, name, 0, 0, e.getMessage());
        } catch (StackOverflowError e) {
            // Nesting the depth check does not see (RDF/XML elements) still ends here, not in a trace.
            return failed(name, "PPM-RDF-DEPTH", 0, 0, MAX_DEPTH);
        } catch (RuntimeException e) {
            // Jena's own bugs on broken input, e.g. a Turtle file ending in "%" after a prefixed name
            // throws IllegalFormatCodePointException while formatting its error (found by fuzzing):
            // whatever the parser throws, the input was not RDF it could read.
            return failed(name, "PPM-RDF-SYNTAX", 0, 0, "the parser stopped with " + e);
        }
        return new Parsed<>(graph, Report.empty(), SourceMap.none(name));
    }

    private static Parsed<Graph> contextOr(List<String> refusedContexts, String name, int line, int column,
            String message) {
        if (!refusedContexts.isEmpty()) {
            return failed(name, "PPM-RDF-CONTEXT", 0, 0, refusedContexts.get(0), CONTEXT_IRI);
        }
        return failed(name, "PPM-RDF-SYNTAX", Math.max(0, line), Math.max(0, column), message);
    }

    /** Serves ppm's own context from the classpath and refuses every other, noting it in {@code refused}. */
    private static DocumentLoader loader(List<String> refused) {
        return (url, options) -> {
            if (CONTEXT_IRI.equals(url.toString())) {
                InputStream context = RdfReader.class.getResourceAsStream(CONTEXT_RESOURCE);
                if (context == null) {
                    throw new IllegalStateException(CONTEXT_RESOURCE + " is missing from the classpath");
                }
                return JsonDocument.of(MediaType.JSON_LD, context);
            }
            refused.add(url.toString());
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "context <" + url + "> refused");
        };
    }

    /** The graph, filled until {@link #MAX_TRIPLES}. */
    private static StreamRDF bounded(Graph graph) {
        return new StreamRDFWrapper(StreamRDFLib.graph(graph)) {
            private long count;

            @Override
            public void triple(Triple triple) {
                if (++count > MAX_TRIPLES) {
                    throw new Refused("PPM-RDF-TOO-LARGE", 0, 0, "over " + MAX_TRIPLES + " triples",
                            MAX_TRIPLES + " triples");
                }
                super.triple(triple);
            }
        };
    }

    /** The text of strict UTF-8 bytes; a malformed byte is refused at its line and column. */
    private static String utf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            String before = new String(content, 0, offset, StandardCharsets.UTF_8);
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            throw new Refused("PPM-RDF-ENCODING", line, column, String.format("0x%02X", content[offset] & 0xFF));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /**
     * Refuses nesting deeper than {@link #MAX_DEPTH}: brackets outside strings, IRIs and comments
     * in Turtle; objects and arrays outside strings in JSON.
     */
    private static void checkDepth(String text, boolean json) {
        int depth = 0;
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '"' || (!json && c == '\'')) {
                int end = stringEnd(text, i, json);
                line += (int) text.substring(i, end).chars().filter(ch -> ch == '\n').count();
                int lastNewline = text.lastIndexOf('\n', end - 1);
                lineStart = lastNewline >= i ? lastNewline + 1 : lineStart;
                i = end;
                continue;
            } else if (!json && c == '<') {
                int end = text.indexOf('>', i);
                i = end < 0 ? text.length() : end + 1;
                continue;
            } else if (!json && c == '#') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
                continue;
            } else if (c == '[' || c == '(' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    throw new Refused("PPM-RDF-DEPTH", line, i - lineStart + 1, MAX_DEPTH);
                }
            } else if (c == ']' || c == ')' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
            i++;
        }
    }

    /** The index after the string literal starting at {@code start} (long strings, escapes). */
    private static int stringEnd(String text, int start, boolean json) {
        char quote = text.charAt(start);
        String triple = String.valueOf(quote).repeat(3);
        if (!json && text.startsWith(triple, start)) {
            int i = start + 3;
            while (i < text.length()) {
                if (text.charAt(i) == '\\') {
                    i += 2;
                } else if (text.startsWith(triple, i)) {
                    return i + 3;
                } else {
                    i++;
                }
            }
            return text.length();
        }
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || (!json && c == '\n')) {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** Syntax errors stop the parse with their place; warnings (e.g. an unusual IRI) do not. */
    private static final ErrorHandler ERRORS = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };

    static <T> Parsed<T> failed(String name, String rule, int line, int column, Object... args) {
        Diagnostic d = new Diagnostic(rule, Severity.ERROR, Messages.of(rule, args), Messages.help(rule, args),
                new SourceLocation(name, "", line, column), List.of());
        return new Parsed<>(null, new Report(List.of(d)), SourceMap.none(name));
    }
}
