package io.github.ppm.core.diff;

import io.github.ppm.model.MaterialChangeKind;
import io.github.ppm.model.Section;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The differences between two versions of a policy and the material-change verdict.
 *
 * @param oldId            the old version's policy id
 * @param newId            the new version's policy id
 * @param changes          every added, removed and changed object, in policy order
 * @param reconsentPromise the section where the new version promises fresh consent for material changes, or {@code null}
 */
public record PolicyDiff(String oldId, String newId, List<Change> changes, Section reconsentPromise) {
    public PolicyDiff {
        changes = List.copyOf(changes);
    }

    /** True when some change is material: users must consent again (PIPL Art. 14 para. 2). */
    public boolean material() {
        return changes.stream().anyMatch(Change::material);
    }

    /** The material changes. */
    public List<Change> materialChanges() {
        return changes.stream().filter(Change::material).toList();
    }

    /** The kinds of material change found, in the order of the enum. */
    public Set<MaterialChangeKind> kinds() {
        Set<MaterialChangeKind> kinds = new LinkedHashSet<>();
        for (MaterialChangeKind kind : MaterialChangeKind.values()) {
            for (Change change : changes) {
                if (change.criteria().stream().anyMatch(c -> c.kind() == kind)) {
                    kinds.add(kind);
                }
            }
        }
        return kinds;
    }
}
