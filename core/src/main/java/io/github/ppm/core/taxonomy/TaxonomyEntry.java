package io.github.ppm.core.taxonomy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ppm.model.Text;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a taxonomy file.
 *
 * @param key            dotted key; its parent is the key without the last segment
 * @param label          short zh/en label
 * @param dpv            the DPV 2.3 term as a CURIE ({@code pd:MACAddress}), when mapped
 * @param dpvMatch       whether that term is exact or only broader
 * @param sensitive      sensitive personal information under PIPL Art. 28 (data categories)
 * @param sensitiveBasis why it is sensitive
 * @param aliases        words policies use for it
 * @param android        Android manifest permission names (permissions)
 * @param ios            iOS Info.plist keys or frameworks (permissions)
 * @param reaches        data-category keys a permission gives access to (permissions)
 */
public record TaxonomyEntry(
        @JsonProperty(required = true) String key,
        @JsonProperty(required = true) Text label,
        String dpv,
        DpvMatch dpvMatch,
        boolean sensitive,
        Text sensitiveBasis,
        List<String> aliases,
        List<String> android,
        List<String> ios,
        List<String> reaches) {
    public TaxonomyEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        android = android == null ? List.of() : List.copyOf(android);
        ios = ios == null ? List.of() : List.copyOf(ios);
        reaches = reaches == null ? List.of() : List.copyOf(reaches);
    }

    /** The parent key, or {@code null} for a top-level entry. */
    public String parent() {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? null : key.substring(0, dot);
    }
}
