package io.github.ppm.core.rdf;

import io.github.ppm.model.Identifier;
import io.github.ppm.model.InvalidValueException;
import io.github.ppm.model.Policy;
import io.github.ppm.model.Section;
import io.github.ppm.model.TaxonomyKey;
import io.github.ppm.model.Text;
import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Reads the record layer of an exported graph back into a {@link Policy}: one property per field,
 * lists from {@code rdf:List}, ids from instance IRIs, keys from concept IRIs. The DPV layer is
 * derived from the record layer and is not read.
 */
final class Importer {
    /** A value that cannot become part of the policy; carries what and where. */
    static final class ImportException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Node node;
        private final String field;

        ImportException(Node node, String field, String message) {
            super(message);
            this.node = node;
            this.field = field;
        }

        Node node() {
            return node;
        }

        String field() {
            return field;
        }
    }

    private static final Map<Class<?>, Map<Node, Enum<?>>> ENUM_BY_CONCEPT = new HashMap<>();

    static {
        Profile.ENUM_CONCEPTS.forEach((type, concepts) -> {
            Map<Node, Enum<?>> reverse = new HashMap<>();
            concepts.forEach((constant, node) -> reverse.put(node, constant));
            ENUM_BY_CONCEPT.put(type, reverse);
        });
    }

    private final Graph graph;

    private Importer(Graph graph) {
        this.graph = graph;
    }

    /** The policy nodes of a graph: the subjects typed {@code ppm:Policy}. */
    static List<Node> policies(Graph graph) {
        List<Node> result = new ArrayList<>();
        graph.find(Node.ANY, Exporter.TYPE, PPM.Policy).forEachRemaining(t -> result.add(t.getSubject()));
        return result;
    }

    static Policy read(Graph graph, Node policy) {
        return (Policy) new Importer(graph).record(policy, Policy.class);
    }

    private Object record(Node node, Class<?> type) {
        Records.Shape shape = Records.shape(type);
        Object[] values = new Object[shape.fields().size()];
        for (int i = 0; i < values.length; i++) {
            Records.Field field = shape.fields().get(i);
            values[i] = field(node, field);
            if (values[i] == null && field.type() == boolean.class) {
                values[i] = Boolean.FALSE;
            }
        }
        try {
            return shape.create(values);
        } catch (InvocationTargetException e) {
            String message = e.getCause() instanceof InvalidValueException invalid ? invalid.getMessage()
                    : String.valueOf(e.getCause());
            throw new ImportException(node, type.getSimpleName(), message);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type, e);
        }
    }

    private Object field(Node node, Records.Field field) {
        if (field.list()) {
            Node head = single(node, field);
            if (head == null) {
                return List.of();
            }
            List<Object> items = new ArrayList<>();
            for (Node item : list(node, field, head)) {
                items.add(field.type() == Text.class ? text(item, Exporter.VALUE, field)
                        : value(item, field));
            }
            return items;
        }
        if (field.type() == Text.class) {
            return text(node, field.property(), field);
        }
        Node object = single(node, field);
        return object == null ? null : value(object, field);
    }

    private Object value(Node object, Records.Field field) {
        Class<?> type = field.type();
        try {
            if (type.isRecord() && !Identifier.class.isAssignableFrom(type) && !TaxonomyKey.class.isAssignableFrom(type)
                    && type != Section.class) {
                if (!object.isURI() && !object.isBlank()) {
                    throw new ImportException(object, field.name(), "a node is expected, not a literal");
                }
                return record(object, type);
            }
            if (TaxonomyKey.class.isAssignableFrom(type)) {
                String ns = Profile.CONCEPT_NAMESPACES.get(type);
                if (!object.isURI() || !object.getURI().startsWith(ns)) {
                    throw new ImportException(object, field.name(), "a concept in `" + ns + "` is expected");
                }
                return type.getDeclaredConstructor(String.class).newInstance(object.getURI().substring(ns.length()));
            }
            if (Identifier.class.isAssignableFrom(type)) {
                String id = object.isURI() ? object.getURI().substring(object.getURI().lastIndexOf('/') + 1)
                        : lexical(object, field);
                return type.getDeclaredConstructor(String.class).newInstance(id);
            }
            if (type.isEnum()) {
                Map<Node, Enum<?>> concepts = ENUM_BY_CONCEPT.get(type);
                if (concepts != null) {
                    Enum<?> constant = concepts.get(object);
                    if (constant == null) {
                        throw new ImportException(object, field.name(), "not a concept of `" + field.name() + "`");
                    }
                    return constant;
                }
                return enumConstant(type, lexical(object, field));
            }
            String lexical = lexical(object, field);
            if (type == String.class) {
                return lexical;
            } else if (type == Section.class) {
                return new Section(lexical);
            } else if (type == Boolean.class || type == boolean.class) {
                return switch (lexical) {
                    case "true", "1" -> Boolean.TRUE;
                    case "false", "0" -> Boolean.FALSE;
                    default -> throw new ImportException(object, field.name(), "not a boolean");
                };
            } else if (type == Integer.class) {
                return Integer.valueOf(lexical);
            } else if (type == LocalDate.class) {
                return LocalDate.parse(lexical);
            } else if (type == Period.class) {
                return Period.parse(lexical);
            }
        } catch (InvocationTargetException e) {
            throw new ImportException(object, field.name(), String.valueOf(e.getCause().getMessage()));
        } catch (InvalidValueException | NumberFormatException | DateTimeParseException e) {
            throw new ImportException(object, field.name(), e.getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no import for " + type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Enum<?> enumConstant(Class<?> type, String name) {
        try {
            return Enum.valueOf((Class) type, name);
        } catch (IllegalArgumentException e) {
            throw new ImportException(null, type.getSimpleName(), "`" + name + "` is not a valid value");
        }
    }

    private static String lexical(Node object, Records.Field field) {
        if (!object.isLiteral()) {
            throw new ImportException(object, field.name(), "a literal is expected");
        }
        return object.getLiteralLexicalForm();
    }

    private Text text(Node node, Node property, Records.Field field) {
        String zh = null;
        String en = null;
        ExtendedIterator<Triple> it = graph.find(node, property, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                String lang = o.getLiteralLanguage();
                if (lang.equalsIgnoreCase("zh")) {
                    zh = o.getLiteralLexicalForm();
                } else if (lang.equalsIgnoreCase("en")) {
                    en = o.getLiteralLexicalForm();
                }
            }
        } finally {
            it.close();
        }
        if (zh == null && en == null) {
            return null;
        }
        try {
            return new Text(zh, en);
        } catch (InvalidValueException e) {
            throw new ImportException(node, field.name(), e.getMessage());
        }
    }

    private Node single(Node node, Records.Field field) {
        ExtendedIterator<Triple> it = graph.find(node, field.property(), Node.ANY);
        try {
            if (!it.hasNext()) {
                return null;
            }
            Node object = it.next().getObject();
            if (it.hasNext()) {
                throw new ImportException(node, field.name(), "more than one value");
            }
            return object;
        } finally {
            it.close();
        }
    }

    private List<Node> list(Node node, Records.Field field, Node head) {
        List<Node> items = new ArrayList<>();
        Node cell = head;
        int guard = graph.size();
        while (!cell.equals(Exporter.NIL)) {
            Node first = object(cell, Exporter.FIRST);
            Node rest = object(cell, Exporter.REST);
            if (first == null || rest == null || guard-- < 0) {
                throw new ImportException(node, field.name(), "not a well-formed list");
            }
            items.add(first);
            cell = rest;
        }
        return items;
    }

    private Node object(Node subject, Node property) {
        ExtendedIterator<Triple> it = graph.find(subject, property, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }
}
