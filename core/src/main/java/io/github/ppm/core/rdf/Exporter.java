package io.github.ppm.core.rdf;

import io.github.ppm.core.index.PolicyIndex;
import io.github.ppm.core.taxonomy.DpvMatch;
import io.github.ppm.core.taxonomy.TaxonomyEntry;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.Identifier;
import io.github.ppm.model.Policy;
import io.github.ppm.model.Section;
import io.github.ppm.model.TaxonomyKey;
import io.github.ppm.model.Text;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes one policy as triples, in two layers. The record layer carries every field of the model
 * (one property per field, lists as {@code rdf:List} in order, ids as instance IRIs, keys as
 * concept IRIs); the importer reads it back and nothing else. The DPV layer ({@link Views}) adds
 * what a DPV-aware tool looks for ({@code dpv:hasProcess}, {@code dpv:hasPurpose},
 * {@code dpv:hasStorageCondition}, ...); it is derived, so the importer ignores it.
 */
final class Exporter {
    static final Node TYPE = RDF.type.asNode();
    static final Node FIRST = RDF.first.asNode();
    static final Node REST = RDF.rest.asNode();
    static final Node NIL = RDF.nil.asNode();
    static final Node VALUE = RDF.value.asNode();

    /** Where the triples go. */
    interface Sink {
        void triple(Triple triple);
    }

    private final Policy policy;
    private final PolicyIndex index;
    private final Sink sink;
    private final Concepts concepts;
    private final String policyIri;
    private final Map<Node, String> pointers;
    private final Map<Class<?>, Set<String>> usedKeys = new LinkedHashMap<>();
    private final Set<Triple> derived = new HashSet<>();
    /**
     * List nodes are labelled from one random prefix per export and a counter: Jena's own fresh
     * labels draw a {@code UUID.randomUUID()} each, a synchronized read of the secure random source
     * per node, shared by every thread; one per export is enough. Unique across exports, as a store
     * needs.
     */
    private final String blankPrefix = UUID.randomUUID().toString().replace("-", "");
    private int blankCount;

    private Exporter(ValidatedPolicy valid, RdfOptions options, Sink sink, Map<Node, String> pointers) {
        this.policy = valid.policy();
        this.index = valid.index();
        this.sink = sink;
        this.concepts = new Concepts(valid.taxonomy());
        this.policyIri = options.baseIri() + policy.id().value();
        this.pointers = pointers;
    }

    /**
     * Exports {@code policy} into {@code sink}; when {@code pointers} is not null, records the JSON
     * pointer of each record's node there (for placing SHACL findings).
     */
    static void export(ValidatedPolicy policy, RdfOptions options, Sink sink, Map<Node, String> pointers) {
        new Exporter(policy, options, sink, pointers).run();
    }

    /** The IRI of the policy node. */
    static String policyIri(Policy policy, RdfOptions options) {
        return options.baseIri() + policy.id().value();
    }

    private void run() {
        Node root = NodeFactory.createURI(policyIri);
        record(root, policy, "");
        new Views(this, policy, index, root).run();
        declareConcepts();
    }

    // ---- the record layer

    private void record(Node subject, Object record, String pointer) {
        Class<?> type = record.getClass();
        if (pointers != null) {
            pointers.put(subject, pointer);
        }
        emit(subject, TYPE, Profile.recordClass(type));
        for (Node extra : Profile.TYPES.getOrDefault(type, List.of())) {
            emit(subject, TYPE, extra);
        }
        for (Records.Field field : Records.shape(type).fields()) {
            Object value = field.get(record);
            if (value == null) {
                continue;
            }
            String at = pointer + "/" + field.name();
            if (field.list()) {
                List<?> items = (List<?>) value;
                if (!items.isEmpty()) {
                    list(subject, field, items, at);
                }
            } else if (value instanceof Text text) {
                text(subject, field.property(), text);
            } else if (isRecord(field.type())) {
                Node child = childNode(subject, field.name(), -1, value);
                emit(subject, field.property(), child);
                record(child, value, at);
            } else {
                emit(subject, field.property(), scalar(field, value));
            }
        }
    }

    private void list(Node subject, Records.Field field, List<?> items, String at) {
        List<Node> nodes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            nodes.add(item instanceof Text || isRecord(field.type())
                    ? childNode(subject, field.name(), i, item) : scalar(field, item));
        }
        Node head = blankNode();
        emit(subject, field.property(), head);
        for (int i = 0; i < nodes.size(); i++) {
            Node next = i + 1 < nodes.size() ? blankNode() : NIL;
            emit(head, FIRST, nodes.get(i));
            emit(head, REST, next);
            head = next;
        }
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item instanceof Text text) {
                emit(nodes.get(i), TYPE, PPM.TextItem);
                text(nodes.get(i), VALUE, text);
            } else if (isRecord(field.type())) {
                record(nodes.get(i), item, at + "/" + i);
            }
        }
    }

    private Node blankNode() {
        // Letters and digits only: N-Triples writers spell any other character out in hex.
        return NodeFactory.createBlankNode(blankPrefix + "n" + blankCount++);
    }

    private static boolean isRecord(Class<?> type) {
        return type.isRecord() && !Identifier.class.isAssignableFrom(type) && !TaxonomyKey.class.isAssignableFrom(type)
                && type != Text.class && type != Section.class;
    }

    /** The IRI of a nested record: its own id when it has one, else its place under its parent. */
    private Node childNode(Node parent, String field, int index, Object value) {
        String segment = Profile.OWN_SEGMENTS.get(value.getClass());
        if (segment != null) {
            return instance(segment, ownId(value));
        }
        String iri = parent.getURI() + "/" + field;
        return NodeFactory.createURI(index < 0 ? iri : iri + "/" + (index + 1));
    }

    private static String ownId(Object record) {
        for (Records.Field field : Records.shape(record.getClass()).fields()) {
            if (field.name().equals("id") || field.name().equals("key")) {
                Object id = field.get(record);
                return id instanceof Identifier identifier ? identifier.value() : ((TaxonomyKey) id).value();
            }
        }
        throw new IllegalStateException("no id on " + record.getClass());
    }

    Node instance(String segment, String id) {
        return NodeFactory.createURI(policyIri + "/" + segment + "/" + id);
    }

    private Node scalar(Records.Field field, Object value) {
        if (value instanceof String s) {
            return NodeFactory.createLiteralString(s);
        } else if (value instanceof Identifier id) {
            String segment = Profile.REFERENCE_SEGMENTS.get(value.getClass());
            return segment == null || field.name().equals("id") ? NodeFactory.createLiteralString(id.value())
                    : instance(segment, id.value());
        } else if (value instanceof TaxonomyKey key) {
            return concept(key);
        } else if (value instanceof Section section) {
            return NodeFactory.createLiteralString(section.value());
        } else if (value instanceof Enum<?> constant) {
            Map<? extends Enum<?>, Node> concepts = Profile.ENUM_CONCEPTS.get(constant.getDeclaringClass());
            return concepts == null ? NodeFactory.createLiteralString(constant.name()) : concepts.get(constant);
        } else if (value instanceof Boolean b) {
            return NodeFactory.createLiteralDT(b.toString(), XSDDatatype.XSDboolean);
        } else if (value instanceof Integer n) {
            return NodeFactory.createLiteralDT(n.toString(), XSDDatatype.XSDinteger);
        } else if (value instanceof LocalDate date) {
            return NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
        } else if (value instanceof Period period) {
            return NodeFactory.createLiteralDT(period.toString(), XSDDatatype.XSDduration);
        }
        throw new IllegalStateException("no RDF form for " + value.getClass() + " in " + field.name());
    }

    /** The ppm-side concept of a key, remembered so that the export declares it. */
    Node concept(TaxonomyKey key) {
        usedKeys.computeIfAbsent(key.getClass(), k -> new LinkedHashSet<>()).add(key.value());
        return Concepts.concept(key.getClass(), key.value());
    }

    /** The term DPV-facing triples use for a key. */
    Node view(TaxonomyKey key) {
        concept(key);
        return concepts.view(key.getClass(), key.value());
    }

    Concepts concepts() {
        return concepts;
    }

    void text(Node subject, Node property, Text text) {
        emit(subject, property, NodeFactory.createLiteralLang(text.zh(), "zh"));
        emit(subject, property, NodeFactory.createLiteralLang(text.en(), "en"));
    }

    void emit(Node s, Node p, Node o) {
        sink.triple(Triple.create(s, p, o));
    }

    /** A derived triple: written once however often the DPV layer derives it. */
    void derive(Node s, Node p, Node o) {
        Triple t = Triple.create(s, p, o);
        if (derived.add(t)) {
            sink.triple(t);
        }
    }

    // ---- concept declarations

    /**
     * Declares every concept the export used, and its ancestors in the taxonomy, so that
     * {@code skos:broader*} over ppm concepts follows the taxonomy: a query for
     * {@code ppm-data:device.identifier} reaches {@code ppm-data:device.identifier.imei}. Each concept
     * also links to DPV ({@code skos:exactMatch} or {@code skos:broader}); a data category that is
     * sensitive personal information (PIPL Art. 28) in its own right is a {@code dpv:SensitivePersonalData}.
     */
    private void declareConcepts() {
        for (Map.Entry<Class<?>, Set<String>> used : usedKeys.entrySet()) {
            Class<?> keyType = used.getKey();
            Set<String> keys = new LinkedHashSet<>(used.getValue());
            for (String key : used.getValue()) {
                keys.addAll(concepts.vocabulary(keyType).ancestorsOrSelf(key));
            }
            for (String key : keys) {
                declareConcept(keyType, key);
            }
        }
    }

    private void declareConcept(Class<?> keyType, String key) {
        Node concept = Concepts.concept(keyType, key);
        emit(concept, TYPE, SKOS.Concept.asNode());
        emit(concept, TYPE, Profile.CONCEPT_TOPS.get(keyType));
        emit(concept, SKOS.notation.asNode(), NodeFactory.createLiteralString(key));
        Optional<TaxonomyEntry> entry = concepts.entry(keyType, key);
        entry.ifPresent(e -> {
            emit(concept, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(e.label().zh(), "zh"));
            emit(concept, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(e.label().en(), "en"));
            if (e.sensitive()) {
                emit(concept, TYPE, DPV.SensitivePersonalData);
            }
        });
        if (entry.isPresent() && entry.get().dpv() != null) {
            Node term = Concepts.expand(entry.get().dpv());
            emit(concept, entry.get().dpvMatch() == DpvMatch.EXACT ? SKOS.exactMatch.asNode()
                    : SKOS.broader.asNode(), term);
        } else {
            Node broader = concepts.nearestMapped(keyType, key)
                    .map(e -> Concepts.expand(e.dpv()))
                    .orElse(Profile.CONCEPT_TOPS.get(keyType));
            emit(concept, SKOS.broader.asNode(), broader);
        }
        List<String> ancestors = concepts.vocabulary(keyType).ancestorsOrSelf(key);
        int parent = ancestors.isEmpty() || !ancestors.get(0).equals(key) ? 0 : 1;
        if (ancestors.size() > parent) {
            emit(concept, SKOS.broader.asNode(), Concepts.concept(keyType, ancestors.get(parent)));
        }
    }
}
