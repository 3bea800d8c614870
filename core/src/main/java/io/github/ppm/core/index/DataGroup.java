package io.github.ppm.core.index;

import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.DataCollection;
import io.github.ppm.model.Identifier;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.Section;
import java.util.List;

/**
 * One data group (a {@code collects} entry) of a scenario or an SDK, with its effective purposes.
 *
 * @param owner        the scenario's or SDK's id ({@code ActivityId} or {@code SdkId})
 * @param ownerPointer the JSON pointer of the owner, e.g. {@code /activities/3}
 * @param index        the group's place in the owner's {@code collects}
 * @param collection   the group as written
 * @param purposes     its effective purposes
 * @param step         which step of the rule supplied them
 * @param purposesFrom the object whose purposes they are: the owner, an enclosing scenario, or {@code null}
 * @param section      where the group is stated: its own {@code source}, else its owner's
 */
public record DataGroup(Identifier owner, String ownerPointer, int index, DataCollection collection,
        List<PurposeKey> purposes, PurposeStep step, Identifier purposesFrom, Section section) {
    public DataGroup {
        purposes = List.copyOf(purposes);
    }

    /** The group's JSON pointer, e.g. {@code /activities/3/collects/0}. */
    public String pointer() {
        return ownerPointer + "/collects/" + index;
    }

    public List<CategoryKey> categories() {
        return collection.categories();
    }
}
