package io.github.ppm.core.disclosure;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.Text;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Maps taxonomy keys to one store's values through its mapping file; what has no value is
 * reported once per key, at the first place it occurs, never guessed.
 */
final class KeyMapper {
    private final LabelMapping mapping;
    private final StoreTarget target;
    private final Findings findings;

    KeyMapper(LabelMapping mapping, StoreTarget target, Findings findings) {
        this.mapping = mapping;
        this.target = target;
        this.findings = findings;
    }

    /** The store data types of a category; empty (and reported) when it has none. */
    List<String> types(CategoryKey key, String pointer) {
        Optional<LabelMapping.Entry> entry = LabelMapping.lookup(mapping.categories(), key.value());
        if (entry.isEmpty() || entry.get().to().isEmpty()) {
            findings.add("PPM-LABEL-UNMAPPED-CATEGORY", Severity.WARNING, key.value(), pointer, key.value(),
                    target.storeName(), reason(entry));
            return List.of();
        }
        return entry.get().to();
    }

    /** The store purposes of a purpose, for data kept by the operator or going to a third party. */
    List<String> purposes(PurposeKey key, boolean thirdParty, String pointer) {
        Optional<LabelMapping.Entry> entry = LabelMapping.lookup(mapping.purposes(), key.value());
        if (entry.isEmpty() || entry.get().to().isEmpty()) {
            findings.add("PPM-LABEL-UNMAPPED-PURPOSE", Severity.WARNING, key.value(), pointer, key.value(),
                    target.storeName(), reason(entry));
            return List.of();
        }
        return entry.get().values(thirdParty);
    }

    private static Text reason(Optional<LabelMapping.Entry> entry) {
        if (entry.isPresent() && entry.get().unmapped() != null) {
            return entry.get().unmapped();
        }
        return new Text("映射文件中没有对应条目", "the mapping file has no entry for it");
    }

    /** The values in the order the store's vocabulary lists them. */
    static List<String> inStoreOrder(Collection<String> values, List<LabelMapping.StoreValue> vocabulary) {
        return vocabulary.stream().map(LabelMapping.StoreValue::value).filter(values::contains).toList();
    }
}
