package io.github.ppm.core.diff;

import io.github.ppm.model.Section;
import io.github.ppm.model.Text;
import java.util.List;
import java.util.Objects;

/**
 * One object that was added, removed or changed.
 *
 * @param kind       added, removed or changed
 * @param collection where it lives, e.g. {@code sdks}, {@code controller}
 * @param id         its id (or key, region, url); empty for a single object such as the controller
 * @param oldPath    its JSON pointer in the old version, or {@code null} when added
 * @param newPath    its JSON pointer in the new version, or {@code null} when removed
 * @param section    the section it cites (the new version's; the old one's when removed), or {@code null}
 * @param label      its label, when it has one
 * @param fields     for a changed object, the fields that differ
 * @param material   whether the change needs fresh consent
 * @param criteria   why it is material; empty when it is not
 * @param note       why it is not material, as a stable code: {@code wording}, {@code narrows}, {@code metadata};
 *                   or {@code unclassified} on a material change: a component no rule classifies changed
 */
public record Change(
        ChangeKind kind,
        String collection,
        String id,
        String oldPath,
        String newPath,
        Section section,
        Text label,
        List<FieldChange> fields,
        boolean material,
        List<Criterion> criteria,
        String note) {
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(id, "id");
        fields = List.copyOf(fields);
        criteria = List.copyOf(criteria);
    }

    /** The path to show: the new one, or the old one for a removed object. */
    public String path() {
        return newPath != null ? newPath : oldPath;
    }
}
