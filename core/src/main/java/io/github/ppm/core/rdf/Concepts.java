package io.github.ppm.core.rdf;

import io.github.ppm.core.taxonomy.DpvMatch;
import io.github.ppm.core.taxonomy.Taxonomy;
import io.github.ppm.core.taxonomy.TaxonomyEntry;
import io.github.ppm.core.taxonomy.Vocabulary;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.MeasureKey;
import io.github.ppm.model.PartyKindKey;
import io.github.ppm.model.PermissionKey;
import io.github.ppm.model.PurposeKey;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Taxonomy keys as concepts. Every key has a ppm-side concept IRI (its taxonomy's namespace plus
 * the key) that the export declares with its labels and its link to DPV; where the taxonomy says
 * the DPV term is {@code exact}, the DPV-facing triples use that term itself.
 */
final class Concepts {
    /** The DPV-family prefixes a taxonomy CURIE may use. */
    static final Map<String, String> DPV_PREFIXES = Map.of(
            "dpv", DPV.NS,
            "pd", PD.NS,
            "tech", TECH.NS,
            "loc", LOC.NS,
            "sector-finance", FINANCE.NS,
            "risk", "https://w3id.org/dpv/risk#");

    private final Taxonomy taxonomy;

    Concepts(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The ppm-side concept of a key of {@code keyType}. */
    static Node concept(Class<?> keyType, String key) {
        return NodeFactory.createURI(Profile.CONCEPT_NAMESPACES.get(keyType) + key);
    }

    Vocabulary vocabulary(Class<?> keyType) {
        if (keyType == CategoryKey.class) {
            return taxonomy.categories();
        } else if (keyType == PurposeKey.class) {
            return taxonomy.purposes();
        } else if (keyType == PermissionKey.class) {
            return taxonomy.permissions();
        } else if (keyType == PartyKindKey.class) {
            return taxonomy.partyKinds();
        } else if (keyType == MeasureKey.class) {
            return taxonomy.measures();
        }
        throw new IllegalArgumentException("not a taxonomy key type: " + keyType);
    }

    Optional<TaxonomyEntry> entry(Class<?> keyType, String key) {
        return vocabulary(keyType).get(key);
    }

    /** The term DPV-facing triples use: the DPV term when the taxonomy maps the key exactly. */
    Node view(Class<?> keyType, String key) {
        Optional<TaxonomyEntry> entry = entry(keyType, key);
        if (entry.isPresent() && entry.get().dpv() != null && entry.get().dpvMatch() == DpvMatch.EXACT) {
            return expand(entry.get().dpv());
        }
        return concept(keyType, key);
    }

    /** The DPV term of the key or of its nearest ancestor that has one, if any. */
    Optional<TaxonomyEntry> nearestMapped(Class<?> keyType, String key) {
        Vocabulary vocabulary = vocabulary(keyType);
        for (String k : vocabulary.ancestorsOrSelf(key)) {
            Optional<TaxonomyEntry> e = vocabulary.get(k);
            if (e.isPresent() && e.get().dpv() != null) {
                return e;
            }
        }
        return Optional.empty();
    }

    /** The IRI of a DPV-family CURIE such as {@code pd:Name}. */
    static Node expand(String curie) {
        int colon = curie.indexOf(':');
        String ns = colon < 0 ? null : DPV_PREFIXES.get(curie.substring(0, colon));
        if (ns == null) {
            throw new IllegalArgumentException("not a DPV term: " + curie);
        }
        return NodeFactory.createURI(ns + curie.substring(colon + 1));
    }
}
