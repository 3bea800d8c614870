package io.github.ppm.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ppm.core.RepoFiles;
import io.github.ppm.model.Policy;
import io.github.ppm.model.Section;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed schema and the model records agree: same object types, same fields, same required
 * fields, same enum constants and value patterns. Catches a model change committed without
 * regenerating the schema, with a message naming the field.
 */
class SchemaModelAgreementTest {
    private static JsonNode defs;
    private static Set<Class<?>> types;

    @BeforeAll
    static void load() throws IOException {
        JsonNode schema = JsonMapper.builder().build()
                .readTree(RepoFiles.root().resolve(PolicySchemas.FILE).toFile());
        defs = schema.path("$defs");
        types = reachableFrom(Policy.class);
    }

    @Test
    void theShaclSourceShapeHoldsTheSchemasSectionPattern() {
        Graph shapes = RDFDataMgr.loadGraph(RepoFiles.root().resolve("schemas/shapes/policy.ttl").toString());
        List<String> patterns = shapes.find(NodeFactory.createURI("https://w3id.org/ppm/shapes#PPM-SHACL-SOURCE"),
                        NodeFactory.createURI("http://www.w3.org/ns/shacl#pattern"), Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
        assertEquals(List.of(defs.path(Section.class.getSimpleName()).path("pattern").asText()), patterns,
                "copy the schema's Section pattern into the shape");
    }

    @Test
    void everyRecordHasExactlyItsFieldsInTheSchema() {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : objectRecords()) {
            JsonNode def = defs.path(type.getSimpleName());
            if (def.isMissingNode()) {
                problems.add(type.getSimpleName() + ": no $defs entry");
                continue;
            }
            compare(problems, type, "properties", componentNames(type, false), names(def.path("properties").fieldNames()));
            compare(problems, type, "required", componentNames(type, true), names(texts(def.path("required")).iterator()));
        }
        assertEquals(List.of(), problems, "the schema does not match the model; regenerate it (see PolicySchemaTest)");
    }

    @Test
    void everyObjectInTheSchemaIsAModelRecord() {
        Set<String> records = objectRecords().stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> objects = new TreeSet<>();
        defs.properties().forEach(e -> {
            if ("object".equals(e.getValue().path("type").asText())) {
                objects.add(e.getKey());
            }
        });
        assertEquals(records, objects, "object types in $defs and records reachable from Policy differ");
    }

    @Test
    void enumsAndValueTypesMatchTheModel() {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : objectRecords()) {
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> leaf = elementType(component.getGenericType());
                JsonNode property = defs.path(type.getSimpleName()).path("properties").path(component.getName());
                JsonNode schema = resolve(property.has("items") ? property.get("items") : property);
                String where = type.getSimpleName() + "." + component.getName();
                if (leaf.isEnum()) {
                    List<String> constants = Arrays.stream(leaf.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
                    List<String> listed = texts(schema.path("enum"));
                    if (!constants.equals(listed)) {
                        problems.add(where + ": enum " + listed + ", model " + constants);
                    }
                }
                PolicySchemas.shape(leaf).ifPresent(shape -> {
                    String pattern = PolicySchemas.anchored(shape.regex());
                    if (!pattern.equals(schema.path("pattern").asText())) {
                        problems.add(where + ": pattern " + schema.path("pattern") + ", model " + pattern);
                    }
                });
            }
        }
        assertEquals(List.of(), problems, "the schema does not match the model; regenerate it (see PolicySchemaTest)");
    }

    /** Editor help comes from these annotations: a type or field without one has no help. */
    @Test
    void everyTypeAndFieldIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        for (Class<?> type : types) {
            if (!type.isAnnotationPresent(JsonClassDescription.class)) {
                undescribed.add(type.getSimpleName());
            }
        }
        for (Class<?> type : objectRecords()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (!component.getAccessor().isAnnotationPresent(JsonPropertyDescription.class)) {
                    undescribed.add(type.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertEquals(List.of(), undescribed, "add @JsonClassDescription / @JsonPropertyDescription");
    }

    /** The records and enums a policy document can contain, found by walking record components. */
    private static Set<Class<?>> reachableFrom(Class<?> root) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type) || !type.isRecord()) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> leaf = elementType(component.getGenericType());
                if (leaf.isRecord() || leaf.isEnum()) {
                    todo.push(leaf);
                }
            }
        }
        return seen;
    }

    private static List<Class<?>> objectRecords() {
        return types.stream().filter(t -> t.isRecord() && !PolicySchemas.isValueRecord(t)).toList();
    }

    /** The type itself, or the element type of a list. */
    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return elementType(parameterized.getActualTypeArguments()[0]);
        }
        return (Class<?>) type;
    }

    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/$defs/") ? defs.path(ref.substring("#/$defs/".length())) : node;
    }

    private static Set<String> componentNames(Class<?> type, boolean requiredOnly) {
        return Arrays.stream(type.getRecordComponents())
                .filter(c -> !requiredOnly || isRequired(c))
                .map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Jackson's annotations do not target record components; the compiler copies them to the accessor. */
    private static boolean isRequired(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property != null && property.required();
    }

    private static Set<String> names(Iterator<String> values) {
        Set<String> names = new TreeSet<>();
        values.forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static void compare(List<String> problems, Class<?> type, String what, Set<String> model, Set<String> schema) {
        Set<String> missing = new TreeSet<>(model);
        missing.removeAll(schema);
        Set<String> extra = new TreeSet<>(schema);
        extra.removeAll(model);
        if (!missing.isEmpty()) {
            problems.add(type.getSimpleName() + " " + what + " missing from the schema: " + missing);
        }
        if (!extra.isEmpty()) {
            problems.add(type.getSimpleName() + " " + what + " in the schema but not the model: " + extra);
        }
    }
}
