package io.github.ppm.core.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.RepoFiles;
import io.github.ppm.core.Valid;
import io.github.ppm.core.generate.GeneratorOptions;
import io.github.ppm.core.generate.PolicyGenerator;
import io.github.ppm.core.taxonomy.Taxonomy;
import io.github.ppm.core.taxonomy.TaxonomyEntry;
import io.github.ppm.core.taxonomy.Vocabulary;
import io.github.ppm.model.Policy;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every DPV-family IRI an export contains is defined in the DPV 2.3 files, and every ppm: IRI is
 * declared in ppm.ttl with zh and en labels.
 */
class RdfVocabularyTest {
    private static final List<String> DPV_NAMESPACES = List.of(DPV.NS, PD.NS, TECH.NS, LOC.NS, FINANCE.NS,
            "https://w3id.org/dpv/risk#");
    private static Set<String> dpvDefined;
    private static Graph ppm;
    private static Set<String> ppmDeclared;

    @BeforeAll
    static void load() {
        Graph dpv = GraphFactory.createDefaultGraph();
        for (String file : List.of("dpv.ttl", "pd.ttl", "tech.ttl", "loc.ttl", "sector-finance.ttl", "risk.ttl")) {
            RDFParser.source(RepoFiles.root().resolve("schemas/vocab/dpv/" + file)).parse(dpv);
        }
        dpvDefined = typedSubjects(dpv);
        ppm = GraphFactory.createDefaultGraph();
        RDFParser.source(RepoFiles.root().resolve("schemas/vocab/ppm.ttl")).parse(ppm);
        ppmDeclared = typedSubjects(ppm);
    }

    private static Set<String> typedSubjects(Graph graph) {
        Set<String> result = new HashSet<>();
        graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                result.add(t.getSubject().getURI());
            }
        });
        return result;
    }

    @Test
    void exportsUseOnlyDefinedTerms() {
        List<Policy> policies = new ArrayList<>(List.of(RdfFixtures.flagship(), RdfFixtures.hostile()));
        policies.addAll(PolicyGenerator.generate(GeneratorOptions.DEFAULT.withSeed(1000), 30));
        Set<String> undefined = new TreeSet<>();
        int dpvTerms = 0;
        for (Policy policy : policies) {
            Graph graph = Rdf.graph(Valid.of(policy), RdfOptions.DEFAULT);
            Set<String> iris = new HashSet<>();
            graph.find().forEachRemaining(t -> {
                for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                    if (n.isURI()) {
                        iris.add(n.getURI());
                    }
                }
            });
            for (String iri : iris) {
                if (DPV_NAMESPACES.stream().anyMatch(iri::startsWith)) {
                    dpvTerms++;
                    if (!dpvDefined.contains(iri)) {
                        undefined.add(iri + " (in " + policy.id() + ")");
                    }
                } else if (iri.startsWith(PPM.NS) && !ppmDeclared.contains(iri)) {
                    undefined.add(iri + " (in " + policy.id() + ")");
                }
            }
        }
        assertEquals(Set.of(), undefined, "IRIs not defined in schemas/vocab");
        assertTrue(dpvTerms > 100, "the exports use DPV terms: " + dpvTerms);
    }

    @Test
    void codeConstantsAreDefined() throws IllegalAccessException {
        Set<String> missing = new TreeSet<>();
        for (Class<?> vocabulary : List.of(DPV.class, TECH.class, PPM.class)) {
            for (Field field : vocabulary.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == Node.class) {
                    String iri = ((Node) field.get(null)).getURI();
                    Set<String> defined = vocabulary == PPM.class ? ppmDeclared : dpvDefined;
                    if (!defined.contains(iri)) {
                        missing.add(vocabulary.getSimpleName() + "." + field.getName());
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void taxonomyTermsAreDefined() {
        Set<String> missing = new TreeSet<>();
        Taxonomy t = Taxonomy.builtIn();
        for (Vocabulary v : List.of(t.categories(), t.purposes(), t.permissions(), t.partyKinds(), t.measures())) {
            for (TaxonomyEntry e : v.entries()) {
                if (e.dpv() != null && !dpvDefined.contains(Concepts.expand(e.dpv()).getURI())) {
                    missing.add(v.name() + " " + e.key() + " -> " + e.dpv());
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void ppmTermsHaveBothLabels() {
        Set<String> unlabelled = new TreeSet<>();
        for (String iri : ppmDeclared) {
            Set<String> langs = new HashSet<>();
            ppm.find(org.apache.jena.graph.NodeFactory.createURI(iri), RDFS.label.asNode(), Node.ANY)
                    .forEachRemaining(x -> langs.add(x.getObject().getLiteralLanguage()));
            if (!langs.containsAll(Set.of("zh", "en"))) {
                unlabelled.add(iri);
            }
        }
        assertEquals(Set.of(), unlabelled);
        assertTrue(ppmDeclared.size() > 150, "ppm.ttl declares " + ppmDeclared.size() + " terms");
    }

    @Test
    void locationsOnlyWhenDefined() {
        assertEquals(LOC.NS + "CN-SH", LOC.location("CN-SH").getURI());
        assertEquals(null, LOC.location("ZZ"));
    }
}
