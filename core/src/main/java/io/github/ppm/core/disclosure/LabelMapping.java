package io.github.ppm.core.disclosure;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ppm.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The shape of {@code schemas/labels/<target>.yaml}: a store's vocabulary and how taxonomy keys
 * map onto it. A key uses the entry of its nearest ancestor that has one.
 *
 * @param target                {@code apple} or {@code play}
 * @param storeTypes            the store's data types, in the order its files list them
 * @param storePurposes         the store's purposes, in order
 * @param questions             Play only: the form's questions outside the data-type grid
 * @param categories            data-category key to data types
 * @param purposes              purpose key to store purposes
 * @param trackingPurposes      Apple only: purposes that make data sent to a third party "tracking"
 * @param sharingExemptPurposes Play only: purposes for which a transfer does not count as sharing
 */
public record LabelMapping(
        @JsonProperty(required = true) String target,
        @JsonProperty(required = true) List<StoreValue> storeTypes,
        @JsonProperty(required = true) List<StoreValue> storePurposes,
        List<Question> questions,
        @JsonProperty(required = true) List<Entry> categories,
        @JsonProperty(required = true) List<Entry> purposes,
        List<String> trackingPurposes,
        List<String> sharingExemptPurposes) {

    public LabelMapping {
        Objects.requireNonNull(target, "target");
        storeTypes = List.copyOf(storeTypes);
        storePurposes = List.copyOf(storePurposes);
        questions = questions == null ? List.of() : List.copyOf(questions);
        categories = List.copyOf(categories);
        purposes = List.copyOf(purposes);
        trackingPurposes = trackingPurposes == null ? List.of() : List.copyOf(trackingPurposes);
        sharingExemptPurposes = sharingExemptPurposes == null ? List.of() : List.copyOf(sharingExemptPurposes);
    }

    /**
     * One value of the store's vocabulary.
     *
     * @param value the machine value, e.g. {@code NSPrivacyCollectedDataTypeName} or {@code PSL_NAME}
     * @param group Play only: the question the data type belongs to, e.g. {@code PSL_DATA_TYPES_PERSONAL}
     * @param label the store's English label
     */
    public record StoreValue(@JsonProperty(required = true) String value, String group,
            @JsonProperty(required = true) String label) {
    }

    /**
     * A Play form question (or one response of a choice question).
     *
     * @param response    the response id of a choice, absent for a free or yes/no answer
     * @param requirement the template's answer requirement, e.g. {@code MAYBE_REQUIRED}
     */
    public record Question(@JsonProperty(required = true) String question, String response,
            @JsonProperty(required = true) String requirement, @JsonProperty(required = true) String label) {
    }

    /**
     * How one taxonomy key (and the keys below it without an entry of their own) maps.
     *
     * @param to         the store values
     * @param thirdParty the values used instead when the data goes to a third party; absent means {@code to}
     * @param unmapped   why the store has no honest value for it; then {@code to} is empty
     * @param why        the reason for a choice that is not a plain translation
     */
    public record Entry(@JsonProperty(required = true) String key, List<String> to, List<String> thirdParty,
            Text unmapped, String why) {
        public Entry {
            Objects.requireNonNull(key, "key");
            to = to == null ? List.of() : List.copyOf(to);
            thirdParty = thirdParty == null ? null : List.copyOf(thirdParty);
        }

        /** The values for data kept by the operator or its processors, or for data going to a third party. */
        public List<String> values(boolean toThirdParty) {
            return toThirdParty && thirdParty != null ? thirdParty : to;
        }
    }

    /** The entry of {@code key} or of its nearest ancestor that has one. */
    public static Optional<Entry> lookup(List<Entry> entries, String key) {
        for (String k : ancestorsOrSelf(key)) {
            for (Entry entry : entries) {
                if (entry.key().equals(k)) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code a.b.c}, {@code a.b}, {@code a}. */
    static List<String> ancestorsOrSelf(String key) {
        List<String> result = new ArrayList<>();
        for (String k = key; ; k = k.substring(0, k.lastIndexOf('.'))) {
            result.add(k);
            if (k.indexOf('.') < 0) {
                return result;
            }
        }
    }

    /** The store value's label, or the value itself. */
    public String labelOf(String value) {
        for (StoreValue v : storeTypes) {
            if (v.value().equals(value)) {
                return v.label();
            }
        }
        for (StoreValue v : storePurposes) {
            if (v.value().equals(value)) {
                return v.label();
            }
        }
        return value;
    }
}
