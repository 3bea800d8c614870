package io.github.ppm.core.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.io.Parsed;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built-in taxonomy files are well-formed, complete in both languages, and point at real DPV terms. */
class TaxonomyTest {
    private static final Map<String, String> PREFIXES = Map.of(
            "dpv", "https://w3id.org/dpv#",
            "pd", "https://w3id.org/dpv/pd#",
            "tech", "https://w3id.org/dpv/tech#",
            "loc", "https://w3id.org/dpv/loc#",
            "sector-finance", "https://w3id.org/dpv/sector/finance#");
    private static Model dpv;

    @BeforeAll
    static void loadDpv() throws Exception {
        dpv = ModelFactory.createDefaultModel();
        for (String file : List.of("dpv.ttl", "pd.ttl", "tech.ttl", "loc.ttl", "sector-finance.ttl")) {
            try (InputStream in = TaxonomyTest.class.getResourceAsStream("/schemas/vocab/dpv/" + file)) {
                RDFDataMgr.read(dpv, in, Lang.TURTLE);
            }
        }
    }

    @Test
    void everyFileReadsStrictly() {
        for (String file : Taxonomy.FILES) {
            Parsed<TaxonomyFile> parsed = Taxonomy.readFile(file);
            assertTrue(parsed.ok(), file + ": " + parsed.report().diagnostics());
        }
    }

    @Test
    void keysAreUniqueWellFormedAndEveryParentExists() {
        Taxonomy taxonomy = Taxonomy.builtIn();
        for (Vocabulary vocabulary : vocabularies(taxonomy)) {
            Set<String> seen = new HashSet<>();
            for (TaxonomyEntry entry : Taxonomy.readFile(fileOf(vocabulary)).value().entries()) {
                assertTrue(seen.add(entry.key()), "duplicate key " + entry.key());
                assertTrue(entry.key().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*"), entry.key());
                assertTrue(entry.parent() == null || seen.contains(entry.parent()),
                        vocabulary.name() + ": parent of " + entry.key() + " missing or listed after it");
                assertTrue(!entry.label().zh().isBlank() && !entry.label().en().isBlank(), entry.key());
                assertTrue(!entry.sensitive() || entry.sensitiveBasis() != null, "basis for " + entry.key());
                assertEquals(entry.dpv() == null, entry.dpvMatch() == null, "dpv and dpvMatch go together: " + entry.key());
            }
        }
    }

    @Test
    void anAliasBelongsToOneEntryOfItsTaxonomyAsSearchComparesIt() {
        for (Vocabulary vocabulary : vocabularies(Taxonomy.builtIn())) {
            Map<String, String> owner = new HashMap<>();
            for (TaxonomyEntry entry : vocabulary.entries()) {
                for (String alias : entry.aliases()) {
                    String previous = owner.putIfAbsent(TaxonomySearch.normalise(alias), entry.key());
                    assertTrue(previous == null || previous.equals(entry.key()),
                            vocabulary.name() + ": alias `" + alias + "` on both " + previous + " and " + entry.key());
                }
            }
        }
    }

    @Test
    void everyDpvTermNamedIsDefinedInTheVocabularyFiles() {
        List<String> undefined = new ArrayList<>();
        int checked = 0;
        for (Vocabulary vocabulary : vocabularies(Taxonomy.builtIn())) {
            for (TaxonomyEntry entry : vocabulary.entries()) {
                if (entry.dpv() == null) {
                    continue;
                }
                String[] curie = entry.dpv().split(":", 2);
                String namespace = PREFIXES.get(curie[0]);
                Resource term = dpv.createResource(namespace + curie[1]);
                checked++;
                if (namespace == null || !dpv.contains(term, RDF.type)) {
                    undefined.add(vocabulary.name() + " " + entry.key() + " -> " + entry.dpv());
                }
            }
        }
        assertTrue(checked > 300, "checked " + checked);
        assertEquals(List.of(), undefined);
    }

    @Test
    void dataCategoriesAndPurposesAreMappedToDpv() {
        Taxonomy taxonomy = Taxonomy.builtIn();
        for (Vocabulary vocabulary : List.of(taxonomy.categories(), taxonomy.purposes())) {
            for (TaxonomyEntry entry : vocabulary.entries()) {
                assertTrue(entry.dpv() != null, vocabulary.name() + " " + entry.key() + " has no DPV term");
            }
        }
    }

    @Test
    void permissionsReachExistingCategories() {
        Taxonomy taxonomy = Taxonomy.builtIn();
        for (TaxonomyEntry permission : taxonomy.permissions().entries()) {
            for (String category : permission.reaches()) {
                assertTrue(taxonomy.categories().contains(category), permission.key() + " reaches " + category);
            }
        }
    }

    @Test
    void hierarchyAnswersDescendantsAndSensitivity() {
        Vocabulary categories = Taxonomy.builtIn().categories();
        assertTrue(categories.descendantsOrSelf("device.identifier").contains("device.identifier.imei"));
        assertTrue(categories.sensitivity("biometric.face").isPresent());
        assertEquals(List.of("device.identifier.imei", "device.identifier", "device"),
                categories.ancestorsOrSelf("device.identifier.imei"));
    }

    private static List<Vocabulary> vocabularies(Taxonomy t) {
        return t.vocabularies();
    }

    private static String fileOf(Vocabulary vocabulary) {
        return Taxonomy.FILES.get(vocabularies(Taxonomy.builtIn()).indexOf(vocabulary));
    }
}
