package io.github.ppm.core.index;

import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.Identifier;
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
 */
public record Receipt(CategoryKey category, Reach reach, Identifier via, String through, List<PurposeKey> purposes,
        String pointer, Section section) {
    public Receipt {
        purposes = List.copyOf(purposes);
    }
}
