package io.github.ppm.core.query;

import io.github.ppm.model.Section;
import io.github.ppm.model.Text;

/**
 * Something in a policy that receives or holds data: an SDK, or a party named as a recipient.
 *
 * @param kind    SDK or PARTY
 * @param id      the SDK's or party's id
 * @param label   its label
 * @param via     the object that declares the flow: the SDK itself, or a disclosure's id
 * @param source  the section that declares it
 */
public record Holder(Kind kind, String id, Text label, String via, Section source) {
    /** What kind of object receives the data. */
    public enum Kind {
        SDK,
        PARTY
    }
}
