package io.github.ppm.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ppm.model.MaterialChange;
import io.github.ppm.model.MaterialChangeKind;
import io.github.ppm.model.Policy;
import io.github.ppm.model.TaxonomyKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, object by object, whether a change is material, and names its criteria. A component no row of
 * the {@link Rules} classifies counts as material (note {@code unclassified}) until someone classifies it.
 */
final class Classifier {
    private static final String UNCLASSIFIED = "unclassified";
    /**
     * The notes a change not material by any criterion gives, weakest first: a change of several components
     * gives the strongest of theirs (wording only; some metadata; a counted component that only narrowed;
     * a component no row classifies, which makes the change material).
     */
    private static final List<String> NOTES = List.of("wording", "metadata", "narrows", UNCLASSIFIED);

    private final Rules rules;
    private final Map<MaterialChangeKind, MaterialChange> own;
    private final Set<String> oldCategories;
    private final Set<String> oldPurposes;
    /** What each SDK receives (listed or through its permissions) before and after, by id: the policy index's. */
    private final Map<String, Set<String>> receivedBefore;
    private final Map<String, Set<String>> receivedAfter;

    Classifier(Rules rules, Map<MaterialChangeKind, MaterialChange> own, Set<String> oldCategories,
            Set<String> oldPurposes, Map<String, Set<String>> receivedBefore, Map<String, Set<String>> receivedAfter) {
        this.rules = rules;
        this.own = own;
        this.oldCategories = oldCategories;
        this.oldPurposes = oldPurposes;
        this.receivedBefore = receivedBefore;
        this.receivedAfter = receivedAfter;
    }

    Change added(String collection, String id, String path, JsonNode now) {
        Rules.Classification how = rules.of(Policy.class, collection);
        if (!(how instanceof Rules.Objects objects)) {
            return whole(ChangeKind.ADDED, collection, id, null, path, now, null, now);
        }
        Set<MaterialChangeKind> kinds = new LinkedHashSet<>(objects.added());
        if (!kinds.isEmpty()) {
            // New processing that also reaches data or purposes the old version never named.
            Set<String> data = keys(now, Set.of("categories", "data"));
            if (collection.equals("sdks")) {
                data.addAll(receivedAfter.getOrDefault(id, Set.of()));
            }
            if (hasNew(data, oldCategories)) {
                kinds.add(MaterialChangeKind.DATA_CATEGORIES);
            }
            if (hasNew(keys(now, Set.of("purposes")), oldPurposes)) {
                kinds.add(MaterialChangeKind.PURPOSE);
            }
        }
        return change(ChangeKind.ADDED, collection, id, null, path, now, List.of(), kinds, "metadata");
    }

    Change removed(String collection, String id, String path, JsonNode before) {
        Rules.Classification how = rules.of(Policy.class, collection);
        if (!(how instanceof Rules.Objects objects)) {
            return whole(ChangeKind.REMOVED, collection, id, path, null, before, before, null);
        }
        return change(ChangeKind.REMOVED, collection, id, path, null, before, List.of(),
                new LinkedHashSet<>(objects.removed()), objects.added().isEmpty() ? "metadata" : "narrows");
    }

    Change changed(String collection, String id, String oldPath, String newPath, JsonNode before, JsonNode after) {
        if (!(rules.of(Policy.class, collection) instanceof Rules.Objects)) {
            return whole(ChangeKind.CHANGED, collection, id, oldPath, newPath, after, before, after);
        }
        Class<?> record = Rules.recordOf(Policy.class, collection);
        List<FieldChange> fields = new ArrayList<>();
        Set<MaterialChangeKind> kinds = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        String note = NOTES.get(0);
        for (String name : names) {
            JsonNode x = before.get(name);
            JsonNode y = after.get(name);
            if (x != null && x.equals(y)) {
                continue;
            }
            fields.add(new FieldChange(newPath + "/" + name, x, y));
            note = stronger(note, verdict(rules.of(record, name), Rules.recordOf(record, name), x, y, kinds));
        }
        // An SDK that now receives data the old version never named (a permission it newly asks for reaches it).
        if (collection.equals("sdks")) {
            Set<String> gained = new LinkedHashSet<>(receivedAfter.getOrDefault(id, Set.of()));
            gained.removeAll(receivedBefore.getOrDefault(id, Set.of()));
            if (hasNew(gained, oldCategories)) {
                kinds.add(MaterialChangeKind.DATA_CATEGORIES);
            }
        }
        return change(ChangeKind.CHANGED, collection, id, oldPath, newPath, after, fields, kinds, note);
    }

    /** A single object (the controller) or a top-level value (version, languages) that differs. */
    Change single(String field, JsonNode before, JsonNode after) {
        if (before != null && after != null && before.isObject() && after.isObject()) {
            return changed(field, "", "/" + field, "/" + field, before, after);
        }
        if (before == null) {
            return added(field, "", "/" + field, after);
        }
        if (after == null) {
            return removed(field, "", "/" + field, before);
        }
        return whole(ChangeKind.CHANGED, field, "", "/" + field, "/" + field, null, before, after);
    }

    /** A top-level component that changed as one value, by its own row. */
    private Change whole(ChangeKind kind, String field, String id, String oldPath, String newPath, JsonNode object,
            JsonNode before, JsonNode after) {
        Set<MaterialChangeKind> kinds = new LinkedHashSet<>();
        String note = verdict(rules.of(Policy.class, field), Rules.recordOf(Policy.class, field), before, after,
                kinds);
        List<FieldChange> fields = kind == ChangeKind.CHANGED ? List.of(new FieldChange(newPath, before, after))
                : List.of();
        return change(kind, field, id, oldPath, newPath, object, fields, kinds, note);
    }

    /**
     * Adds to {@code kinds} what a change of one component from {@code before} to {@code after} counts
     * under, and returns the note it gives when it is not material: {@code narrows}, a reason's note, or
     * {@code unclassified} when no row classifies it (or a list of objects had to be compared as one value).
     */
    private String verdict(Rules.Classification how, Class<?> held, JsonNode before, JsonNode after,
            Set<MaterialChangeKind> kinds) {
        if (how instanceof Rules.NotMaterial notMaterial) {
            return notMaterial.reason().note();
        }
        if (how instanceof Rules.Material material) {
            if (counts(material.direction(), held, before, after)) {
                kinds.add(material.kind());
            }
            return "narrows";
        }
        if (how instanceof Rules.Pooled) {
            return pooled(held, before, after, kinds);
        }
        return UNCLASSIFIED;
    }

    private static String stronger(String a, String b) {
        return NOTES.indexOf(a) >= NOTES.indexOf(b) ? a : b;
    }

    /** Entries without identity (data collected): each component's values pooled over the list. */
    private String pooled(Class<?> entry, JsonNode before, JsonNode after, Set<MaterialChangeKind> kinds) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode n : array(before)) {
            n.fieldNames().forEachRemaining(names::add);
        }
        for (JsonNode n : array(after)) {
            n.fieldNames().forEachRemaining(names::add);
        }
        String note = NOTES.get(0);
        for (String name : names) {
            JsonNode x = pool(before, name);
            JsonNode y = pool(after, name);
            if (!x.equals(y)) {
                note = stronger(note, verdict(rules.of(entry, name), Rules.recordOf(entry, name), x, y, kinds));
            }
        }
        return note;
    }

    /** The values of field {@code name} over every entry of a list, flattened into one array. */
    private static ArrayNode pool(JsonNode list, String name) {
        ArrayNode values = JsonNodeFactory.instance.arrayNode();
        for (JsonNode entry : array(list)) {
            JsonNode value = entry.get(name);
            if (value != null && value.isArray()) {
                values.addAll((ArrayNode) value);
            } else if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static Iterable<JsonNode> array(JsonNode node) {
        return node != null && node.isArray() ? node : List.of();
    }

    private boolean counts(Rules.Direction direction, Class<?> entry, JsonNode before, JsonNode after) {
        return switch (direction) {
            case ANY -> true;
            case ADDITIONS -> hasNew(elements(after), elements(before));
            case NOT_ONLY_ADDITIONS -> !withoutNotMaterial(entry, after).containsAll(withoutNotMaterial(entry, before));
        };
    }

    /** True when {@code now} holds a value that neither equals nor lies below one of {@code old}. */
    private static boolean hasNew(Set<String> now, Set<String> old) {
        return !now.stream().allMatch(value -> old.stream().anyMatch(o -> TaxonomyKey.isWithin(value, o)));
    }

    private static Set<String> elements(JsonNode node) {
        Set<String> result = new LinkedHashSet<>();
        if (node == null) {
            return result;
        }
        if (node.isArray()) {
            node.forEach(n -> result.add(n.isValueNode() ? n.asText() : n.toString()));
        } else {
            result.add(node.isValueNode() ? node.asText() : node.toString());
        }
        return result;
    }

    /** The entries of a list with their components that are not material removed (contacts, channels). */
    private Set<String> withoutNotMaterial(Class<?> entry, JsonNode node) {
        Set<String> result = new LinkedHashSet<>();
        if (node == null) {
            return result;
        }
        for (JsonNode n : node.isArray() ? node : List.of(node)) {
            if (n.isObject()) {
                ObjectNode copy = ((ObjectNode) n).deepCopy();
                n.fieldNames().forEachRemaining(name -> {
                    if (rules.of(entry, name) instanceof Rules.NotMaterial) {
                        copy.remove(name);
                    }
                });
                result.add(copy.toString());
            } else {
                result.add(n.asText());
            }
        }
        return result;
    }

    /** Every string in arrays named {@code names}, anywhere in {@code node}. */
    private static Set<String> keys(JsonNode node, Set<String> names) {
        Set<String> result = new LinkedHashSet<>();
        walk(node, names, result);
        return result;
    }

    private static void walk(JsonNode node, Set<String> names, Set<String> into) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(f -> {
                if (names.contains(f.getKey()) && f.getValue().isArray()) {
                    f.getValue().forEach(v -> {
                        if (v.isTextual()) {
                            into.add(v.asText());
                        }
                    });
                } else {
                    walk(f.getValue(), names, into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> walk(n, names, into));
        }
    }

    private Change change(ChangeKind kind, String collection, String id, String oldPath, String newPath,
            JsonNode object, List<FieldChange> fields, Set<MaterialChangeKind> kinds, String note) {
        List<Criterion> criteria = new ArrayList<>();
        for (MaterialChangeKind k : kinds) {
            criteria.add(new Criterion(k, Rules.STATUTES.get(k), own.get(k)));
        }
        boolean unclassified = note.equals(UNCLASSIFIED);
        return new Change(kind, collection, id, oldPath, newPath, Diffs.section(object),
                Diffs.text(object == null ? null : object.get("label")), fields, unclassified || !kinds.isEmpty(),
                criteria, unclassified || kinds.isEmpty() ? note : null);
    }
}
