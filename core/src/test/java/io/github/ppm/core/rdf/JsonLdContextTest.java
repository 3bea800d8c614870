package io.github.ppm.core.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ppm.core.RepoFiles;
import io.github.ppm.core.Valid;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.model.Policy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The policy's JSON, with {@code schemas/context/ppm.jsonld} attached, is JSON-LD that expands to triples. */
class JsonLdContextTest {
    @Test
    void policyJsonWithTheContextExpandsToThePpmVocabulary() throws IOException {
        Policy policy = RdfFixtures.flagship();
        ObjectMapper json = new ObjectMapper();
        ObjectNode document = (ObjectNode) json.readTree(PolicyIO.write(policy, Format.JSON));
        ObjectNode context = (ObjectNode) json.readTree(RepoFiles.root()
                .resolve("schemas/context/ppm.jsonld").toFile());
        ObjectNode withContext = json.createObjectNode();
        withContext.set("@context", context.get("@context"));
        withContext.setAll(document);

        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(json.writeValueAsBytes(withContext))).lang(Lang.JSONLD11)
                .parse(graph);
        assertTrue(graph.size() > 5000, "triples: " + graph.size());

        Node root = graph.find(Node.ANY, DCTerms.identifier.asNode(),
                NodeFactory.createLiteralString(policy.id().value())).next().getSubject();
        // Lists keep their order: the first scenario is the first in the file.
        Node list = graph.find(root, PPM.term("activities"), Node.ANY).next().getObject();
        Node first = graph.find(list, RDF.first.asNode(), Node.ANY).next().getObject();
        assertTrue(graph.contains(first, DCTerms.identifier.asNode(),
                NodeFactory.createLiteralString(policy.activities().get(0).id().value())));
        // Texts become language-tagged literals.
        assertTrue(graph.contains(first, RDFS.label.asNode(),
                NodeFactory.createLiteralLang(policy.activities().get(0).label().zh(), "zh")));

        // Same vocabulary as the export: every property the context produces is one the export uses.
        Set<Node> exported = new HashSet<>();
        Rdf.graph(Valid.of(policy), RdfOptions.DEFAULT).find().forEachRemaining(t -> exported.add(t.getPredicate()));
        Set<String> foreign = new TreeSet<>();
        graph.find().forEachRemaining((Triple t) -> {
            if (!exported.contains(t.getPredicate()) && !t.getPredicate().equals(Exporter.VALUE)) {
                foreign.add(t.getPredicate().getURI());
            }
        });
        assertEquals(Set.of(), foreign);
    }
}
