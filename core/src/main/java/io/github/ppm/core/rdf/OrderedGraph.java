package io.github.ppm.core.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * An in-memory graph that answers {@code find} in insertion order. Jena's writers list subjects
 * and objects in the order the graph returns them; a hash-ordered graph makes that order depend on
 * node hashes, this one makes it the exporter's order, so the Turtle a person reads (and the
 * golden file) starts with the policy and follows the document.
 */
final class OrderedGraph extends GraphBase {
    private final Set<Triple> all = new LinkedHashSet<>();
    private final Map<Node, List<Triple>> bySubject = new HashMap<>();
    private final Map<Node, List<Triple>> byPredicate = new HashMap<>();
    private final Map<Node, List<Triple>> byObject = new HashMap<>();

    @Override
    public void performAdd(Triple t) {
        if (all.add(t)) {
            bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>(8)).add(t);
            byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t);
            byObject.computeIfAbsent(t.getObject(), k -> new ArrayList<>(2)).add(t);
        }
    }

    @Override
    public void performDelete(Triple t) {
        if (all.remove(t)) {
            bySubject.get(t.getSubject()).remove(t);
            byPredicate.get(t.getPredicate()).remove(t);
            byObject.get(t.getObject()).remove(t);
        }
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = pattern.getSubject();
        Node p = pattern.getPredicate();
        Node o = pattern.getObject();
        Iterable<Triple> candidates;
        if (s.isConcrete()) {
            candidates = bySubject.getOrDefault(s, List.of());
        } else if (o.isConcrete()) {
            candidates = byObject.getOrDefault(o, List.of());
        } else if (p.isConcrete()) {
            candidates = byPredicate.getOrDefault(p, List.of());
        } else {
            candidates = all;
        }
        List<Triple> result = new ArrayList<>();
        for (Triple t : candidates) {
            if (pattern.matches(t.getSubject(), t.getPredicate(), t.getObject())) {
                result.add(t);
            }
        }
        return WrappedIterator.create(result.iterator());
    }

    @Override
    protected int graphBaseSize() {
        return all.size();
    }
}
