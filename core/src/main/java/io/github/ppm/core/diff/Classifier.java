package io.github.ppm.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ppm.model.MaterialChange;
import io.github.ppm.model.MaterialChangeKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Decides, object by object, whether a change is material, and names its criteria. */
final class Classifier {
    private final Map<MaterialChangeKind, MaterialChange> own;
    private final Set<String> oldCategories;
    private final Set<String> oldPurposes;

    Classifier(Map<MaterialChangeKind, MaterialChange> own, Set<String> oldCategories, Set<String> oldPurposes) {
        this.own = own;
        this.oldCategories = oldCategories;
        this.oldPurposes = oldPurposes;
    }

    Change added(String collection, String id, String path, JsonNode now) {
        Rules.Collection rules = Rules.COLLECTIONS.get(collection);
        Set<MaterialChangeKind> kinds = new LinkedHashSet<>(rules == null ? List.of() : rules.added());
        if (rules != null && !kinds.isEmpty()) {
            // New processing that also reaches data or purposes the old version never named.
            if (hasNew(keys(now, Set.of("categories", "data")), oldCategories)) {
                kinds.add(MaterialChangeKind.DATA_CATEGORIES);
            }
            if (hasNew(keys(now, Set.of("purposes")), oldPurposes)) {
                kinds.add(MaterialChangeKind.PURPOSE);
            }
        }
        return change(ChangeKind.ADDED, collection, id, null, path, now, List.of(), kinds,
                kinds.isEmpty() ? "metadata" : null);
    }

    Change removed(String collection, String id, String path, JsonNode before) {
        Rules.Collection rules = Rules.COLLECTIONS.get(collection);
        Set<MaterialChangeKind> kinds = new LinkedHashSet<>(rules == null ? List.of() : rules.removed());
        String note = kinds.isEmpty() ? (rules != null && !rules.added().isEmpty() ? "narrows" : "metadata") : null;
        return change(ChangeKind.REMOVED, collection, id, path, null, before, List.of(), kinds, note);
    }

    Change changed(String collection, String id, String oldPath, String newPath, JsonNode before, JsonNode after) {
        Rules.Collection rules = Rules.COLLECTIONS.get(collection);
        List<FieldChange> fields = new ArrayList<>();
        Set<MaterialChangeKind> kinds = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode x = before.get(name);
            JsonNode y = after.get(name);
            if (x != null && x.equals(y)) {
                continue;
            }
            fields.add(new FieldChange(newPath + "/" + name, x, y));
            Rules.Rule rule = rules == null ? null : rules.fields().get(name);
            if (rule == null) {
                continue;
            }
            if (counts(rule.direction(), x, y)) {
                kinds.add(rule.kind());
            }
        }
        // Not material: either a field that counts changed only by narrowing (an entry removed), or only
        // wording, labels and sources changed.
        boolean anyRuled = rules != null && fields.stream().anyMatch(f -> rules.fields().containsKey(last(f.path())));
        String note = kinds.isEmpty() ? (anyRuled ? "narrows" : "wording") : null;
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
        return change(ChangeKind.CHANGED, field, "", "/" + field, "/" + field, null,
                List.of(new FieldChange("/" + field, before, after)), Set.of(), "metadata");
    }

    private boolean counts(Rules.Direction direction, JsonNode before, JsonNode after) {
        return switch (direction) {
            case ANY -> true;
            case ADDITIONS -> hasNew(elements(after), elements(before));
            case NOT_ONLY_ADDITIONS -> !withoutWording(after).containsAll(withoutWording(before));
            case COLLECTS -> hasNew(keys(after, Set.of("categories")), keys(before, Set.of("categories")))
                    || hasNew(keys(after, Set.of("purposes")), keys(before, Set.of("purposes")));
        };
    }

    /** True when {@code now} holds a value that neither equals nor lies below one of {@code old}. */
    private static boolean hasNew(Set<String> now, Set<String> old) {
        for (String value : now) {
            boolean covered = false;
            for (String o : old) {
                if (value.equals(o) || value.startsWith(o + ".")) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return true;
            }
        }
        return false;
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

    /** The entries of a list with their wording fields removed, for comparing contacts and channels. */
    private static Set<String> withoutWording(JsonNode node) {
        Set<String> result = new LinkedHashSet<>();
        if (node == null) {
            return result;
        }
        for (JsonNode n : node.isArray() ? node : List.of(node)) {
            if (n.isObject()) {
                ObjectNode copy = ((ObjectNode) n).deepCopy();
                copy.remove(Rules.WORDING);
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
        return new Change(kind, collection, id, oldPath, newPath, Diffs.section(object),
                Diffs.text(object == null ? null : object.get("label")), fields, !kinds.isEmpty(), criteria,
                kinds.isEmpty() ? note : null);
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
