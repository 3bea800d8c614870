package io.github.ppm.core.index;

import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.Identifier;
import io.github.ppm.model.Necessity;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.Section;
import java.util.List;

/**
 * One category an SDK or a recipient receives, how, and for what.
 *
 * @param category the category
 * @param reach    how it arrives
 * @param via      the object that declares the flow: an {@code SdkId} (for a party, the SDK it provides)
 *                 or a {@code DisclosureId}
 * @param through  the permission key ({@link Reach#PERMISSION}) or scenario id ({@link Reach#SCENARIO}) it
 *                 comes through; {@code null} when {@link Reach#DIRECT}
 * @param purposes the purposes it is received for
 * @param pointer  the JSON pointer of the statement: a data group, a permission entry, a disclosure
 * @param section  the section of that statement
 * @param group    the data group that lists the category, or {@code null} (a permission, a disclosure's own
 *                 {@code data}, data a scenario collects by reference)
 */
public record Receipt(CategoryKey category, Reach reach, Identifier via, String through, List<PurposeKey> purposes,
        String pointer, Section section, DataGroup group) {
    public Receipt {
        purposes = List.copyOf(purposes);
    }

    /** Required or optional, as the listing group says; {@code null} when no group lists it or it does not say. */
    public Necessity necessity() {
        return group == null ? null : group.collection().necessity();
    }
}
