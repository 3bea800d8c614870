package io.github.ppm.core.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ppm.core.index.PolicyIndex;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.ChangePolicy;
import io.github.ppm.model.MaterialChange;
import io.github.ppm.model.MaterialChangeKind;
import io.github.ppm.model.Policy;
import io.github.ppm.model.Section;
import io.github.ppm.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two versions of a policy. Both are turned into their JSON form (the same deterministic form
 * {@code ppm export --format json} writes); lists of objects are matched by {@code id} ({@code key} for
 * categories and purposes, {@code region} for storage, {@code url} for links), so reordering is no change.
 */
public final class Diffs {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> IDENTITY = Map.of(
            "categories", "key", "purposes", "key", "storage", "region", "links", "url");
    /** Top-level fields that hold one object rather than a list. */
    private static final Set<String> SINGLE = Set.of("document", "controller", "incidents", "requests", "cessation",
            "minors", "changes");

    private Diffs() {
    }

    /** The differences from validated {@code older} to validated {@code newer}, each classified as material or not. */
    public static PolicyDiff compare(ValidatedPolicy older, ValidatedPolicy newer) {
        return compare(older, newer, Rules.MODEL);
    }

    /** The same, by the given rules: tests pass a table with a row left out. */
    static PolicyDiff compare(ValidatedPolicy older, ValidatedPolicy newer, Rules rules) {
        Policy before = older.policy();
        Policy after = newer.policy();
        JsonNode a = tree(before);
        JsonNode b = tree(after);
        Map<MaterialChangeKind, MaterialChange> own = ownCriteria(after.changes(), before.changes());
        // What the old version names, and what its SDKs receive through permissions: the policy index's reading.
        Set<String> oldCategories = allKeys(a, "categories");
        Map<String, Set<String>> receivedBefore = receivedBySdk(older);
        receivedBefore.values().forEach(oldCategories::addAll);
        Set<String> oldPurposes = allKeys(a, "purposes");
        Classifier classifier = new Classifier(rules, own, oldCategories, oldPurposes, receivedBefore,
                receivedBySdk(newer));
        List<Change> changes = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(fields::add);
        b.fieldNames().forEachRemaining(fields::add);
        for (String field : policyFieldOrder(fields)) {
            JsonNode x = a.get(field);
            JsonNode y = b.get(field);
            if (x != null && x.equals(y)) {
                continue;
            }
            if (SINGLE.contains(field) || isScalar(x) && isScalar(y)) {
                changes.add(classifier.single(field, x, y));
            } else {
                compareList(field, x == null ? JSON.createArrayNode() : x, y == null ? JSON.createArrayNode() : y,
                        classifier, changes);
            }
        }
        Section promise = after.changes() != null && after.changes().reconsent() ? after.changes().source() : null;
        return new PolicyDiff(before.id().value(), after.id().value(), changes, promise);
    }

    private static void compareList(String collection, JsonNode before, JsonNode after, Classifier classifier,
            List<Change> out) {
        String identity = IDENTITY.getOrDefault(collection, "id");
        Map<String, Integer> oldIndex = index(before, identity);
        Map<String, Integer> newIndex = index(after, identity);
        if (oldIndex == null || newIndex == null) {
            // A list without ids (suppressions, cookies): compared as one value.
            out.add(classifier.single(collection, before, after));
            return;
        }
        for (Map.Entry<String, Integer> e : newIndex.entrySet()) {
            Integer old = oldIndex.get(e.getKey());
            String newPath = "/" + collection + "/" + e.getValue();
            JsonNode now = after.get(e.getValue());
            if (old == null) {
                out.add(classifier.added(collection, e.getKey(), newPath, now));
            } else if (!before.get(old).equals(now)) {
                out.add(classifier.changed(collection, e.getKey(), "/" + collection + "/" + old, newPath,
                        before.get(old), now));
            }
        }
        for (Map.Entry<String, Integer> e : oldIndex.entrySet()) {
            if (!newIndex.containsKey(e.getKey())) {
                out.add(classifier.removed(collection, e.getKey(), "/" + collection + "/" + e.getValue(),
                        before.get(e.getValue())));
            }
        }
    }

    /** Identity to index, or {@code null} when some element has no identity. */
    private static Map<String, Integer> index(JsonNode list, String identity) {
        Map<String, Integer> result = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode id = list.get(i).get(identity);
            if (id == null || !id.isTextual()) {
                return null;
            }
            result.putIfAbsent(id.asText(), i);
        }
        return result;
    }

    private static List<String> policyFieldOrder(Set<String> fields) {
        List<String> order = new ArrayList<>();
        for (var component : Policy.class.getRecordComponents()) {
            if (fields.contains(component.getName())) {
                order.add(component.getName());
            }
        }
        for (String f : fields) {
            if (!order.contains(f)) {
                order.add(f);
            }
        }
        return order;
    }

    private static boolean isScalar(JsonNode node) {
        return node == null || node.isValueNode() || node.isArray() && allScalar(node);
    }

    private static boolean allScalar(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    /** Every data category or purpose key the version uses anywhere, for "is this key new?". */
    /** The categories each SDK receives, listed or through a permission, by SDK id. */
    private static Map<String, Set<String>> receivedBySdk(ValidatedPolicy policy) {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        for (var sdk : policy.policy().sdks()) {
            Set<String> keys = new LinkedHashSet<>();
            PolicyIndex.categoriesOf(policy.index().receivedBy(sdk.id())).forEach(k -> keys.add(k.value()));
            result.put(sdk.id().value(), keys);
        }
        return result;
    }

    private static Set<String> allKeys(JsonNode root, String what) {
        Set<String> keys = new LinkedHashSet<>();
        collect(root, what.equals("categories") ? Set.of("categories", "data", "inputs") : Set.of("purposes"), keys);
        return keys;
    }

    private static void collect(JsonNode node, Set<String> names, Set<String> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                if (names.contains(f.getKey()) && f.getValue().isArray() && allScalar(f.getValue())) {
                    f.getValue().forEach(v -> into.add(v.asText()));
                } else {
                    collect(f.getValue(), names, into);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, names, into));
        }
    }

    private static Map<MaterialChangeKind, MaterialChange> ownCriteria(ChangePolicy after, ChangePolicy before) {
        Map<MaterialChangeKind, MaterialChange> own = new LinkedHashMap<>();
        for (ChangePolicy p : new ChangePolicy[] {after, before}) {
            if (p != null) {
                for (MaterialChange m : p.materialChanges()) {
                    own.putIfAbsent(m.kind(), m);
                }
            }
        }
        return own;
    }

    static JsonNode tree(Policy policy) {
        try {
            return JSON.readTree(PolicyIO.write(policy, Format.JSON));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the JSON form of a policy did not read back", e);
        }
    }

    static Text text(JsonNode node) {
        if (node == null || !node.isObject() || !node.has("zh") || !node.has("en")) {
            return null;
        }
        return new Text(node.get("zh").asText(), node.get("en").asText());
    }

    static Section section(JsonNode object) {
        JsonNode source = object == null ? null : object.get("source");
        return source == null || !source.isTextual() ? null : new Section(source.asText());
    }

    static ArrayNode array(JsonNode node) {
        return node != null && node.isArray() ? (ArrayNode) node : JSON.createArrayNode();
    }

    static ObjectNode object(JsonNode node) {
        return node != null && node.isObject() ? (ObjectNode) node : JSON.createObjectNode();
    }
}
