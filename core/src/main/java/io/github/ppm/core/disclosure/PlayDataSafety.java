package io.github.ppm.core.disclosure;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.index.PolicyIndex;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.Channel;
import io.github.ppm.model.ChannelKind;
import io.github.ppm.model.MeasureKey;
import io.github.ppm.model.Necessity;
import io.github.ppm.model.Platform;
import io.github.ppm.model.Policy;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.RetentionRule;
import io.github.ppm.model.Right;
import io.github.ppm.model.RightKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Google Play's Data safety form as the CSV the Play Console imports: the five-column template
 * with every question and data-type row, answered where the policy answers and left blank (and
 * reported) where it does not.
 */
final class PlayDataSafety {
    static final List<String> HEADER = List.of("Question ID (machine readable)", "Response ID (machine readable)",
            "Response value", "Answer requirement", "Human-friendly question label");
    private static final String TRUE = "true";
    private static final String FALSE = "false";

    /** What one Play data type gathers from the policy. */
    private static final class TypeState {
        final String firstPointer;
        boolean shared;
        boolean anyRequired;
        boolean allOptional = true;
        boolean stored;
        final Set<String> collectionPurposes = new LinkedHashSet<>();
        final Set<String> sharingPurposes = new LinkedHashSet<>();

        TypeState(String firstPointer) {
            this.firstPointer = firstPointer;
        }
    }

    private PlayDataSafety() {
    }

    static String write(PolicyIndex index, LabelMapping mapping, Findings findings) {
        Policy policy = index.policy();
        KeyMapper mapper = new KeyMapper(mapping, StoreTarget.PLAY, findings);
        List<DataUses.Use> uses = DataUses.of(index, Platform.ANDROID, mapping.sharingExemptPurposes(), true, findings);
        Map<String, TypeState> types = new LinkedHashMap<>();
        for (DataUses.Use use : uses) {
            if (!use.collected()) {
                continue;
            }
            for (String type : mapper.types(use.category(), use.pointer())) {
                TypeState state = types.computeIfAbsent(type, t -> new TypeState(use.pointer()));
                state.anyRequired |= use.necessity() == Necessity.REQUIRED;
                state.allOptional &= use.necessity() == Necessity.OPTIONAL;
                state.stored |= retained(policy, use.category());
                for (PurposeKey purpose : use.purposes()) {
                    List<String> values = mapper.purposes(purpose, use.thirdParty(), use.pointer());
                    state.collectionPurposes.addAll(values);
                    if (use.shared()) {
                        state.sharingPurposes.addAll(values);
                    }
                }
                state.shared |= use.shared();
            }
        }
        for (DataUses.Use use : uses) {
            if (use.collected() || !use.shared()) {
                continue;
            }
            for (String type : AppleManifest.typesQuietly(mapping, use)) {
                TypeState state = types.get(type);
                if (state != null) {
                    state.shared = true;
                    for (PurposeKey purpose : use.purposes()) {
                        state.sharingPurposes.addAll(mapper.purposes(purpose, true, use.pointer()));
                    }
                }
            }
        }

        StringBuilder csv = new StringBuilder(Csv.row(HEADER));
        for (LabelMapping.Question q : mapping.questions()) {
            csv.append(row(q.question(), q.response(), answer(q, policy, types, findings), q.requirement(), q.label()));
        }
        for (LabelMapping.StoreValue type : mapping.storeTypes()) {
            csv.append(row(type.group(), type.value(), types.containsKey(type.value()) ? TRUE : "", "MULTIPLE_CHOICE",
                    type.label()));
        }
        for (LabelMapping.StoreValue type : mapping.storeTypes()) {
            usage(csv, type, types.get(type.value()), mapping, findings);
        }
        return csv.toString();
    }

    /** The 19 usage rows of one data type: collected/shared, ephemeral, required, and the purposes. */
    private static void usage(StringBuilder csv, LabelMapping.StoreValue type, TypeState state, LabelMapping mapping,
            Findings findings) {
        String name = type.label().substring(type.label().indexOf(" / ") + 3);
        String prefix = "PSL_DATA_USAGE_RESPONSES:" + type.value() + ":";
        String label = "Data usage and handling (" + name + ") / ";
        boolean collected = state != null;
        String both = "Is this data collected, shared, or both? / ";
        csv.append(row(prefix + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_COLLECTED",
                collected ? TRUE : "", "MULTIPLE_CHOICE", label + both + "Collected"));
        csv.append(row(prefix + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_SHARED",
                collected && state.shared ? TRUE : "", "MULTIPLE_CHOICE", label + both + "Shared"));
        String ephemeral = "";
        if (collected) {
            if (state.stored) {
                ephemeral = FALSE;
            } else {
                findings.add("PPM-LABEL-UNANSWERED-TYPE", Severity.WARNING, "ephemeral " + type.value(), state.firstPointer,
                        "PSL_DATA_USAGE_EPHEMERAL", type.value());
            }
        }
        csv.append(row(prefix + "PSL_DATA_USAGE_EPHEMERAL", "", ephemeral, "MAYBE_REQUIRED",
                label + "Is this data processed ephemerally?"));
        String control = "Is this data required for your app, or can users choose whether it's collected? / ";
        boolean optional = collected && !state.anyRequired && state.allOptional;
        boolean required = collected && state.anyRequired;
        if (collected && !optional && !required) {
            findings.add("PPM-LABEL-UNANSWERED-TYPE", Severity.WARNING, "control " + type.value(), state.firstPointer,
                    "DATA_USAGE_USER_CONTROL", type.value());
        }
        csv.append(row(prefix + "DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL", optional ? TRUE : "",
                "SINGLE_CHOICE", label + control + "Users can choose whether this data is collected"));
        csv.append(row(prefix + "DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_REQUIRED", required ? TRUE : "",
                "SINGLE_CHOICE", label + control + "Data collection is required (users can't turn off this data collection)"));
        if (collected && state.collectionPurposes.isEmpty()) {
            findings.add("PPM-LABEL-NO-PURPOSE", Severity.WARNING, type.value(), state.firstPointer, type.value(),
                    "Google Play");
        }
        for (LabelMapping.StoreValue purpose : mapping.storePurposes()) {
            csv.append(row(prefix + "DATA_USAGE_COLLECTION_PURPOSE", purpose.value(),
                    collected && state.collectionPurposes.contains(purpose.value()) ? TRUE : "", "MULTIPLE_CHOICE",
                    label + "Why is this user data collected? Select all that apply. / " + purpose.label()));
        }
        for (LabelMapping.StoreValue purpose : mapping.storePurposes()) {
            csv.append(row(prefix + "DATA_USAGE_SHARING_PURPOSE", purpose.value(),
                    collected && state.shared && state.sharingPurposes.contains(purpose.value()) ? TRUE : "",
                    "MULTIPLE_CHOICE", label + "Why is this user data shared? Select all that apply. / " + purpose.label()));
        }
    }

    /** The answer to a question outside the grid, or blank (reported) when the policy does not give it. */
    private static String answer(LabelMapping.Question q, Policy policy, Map<String, TypeState> types,
            Findings findings) {
        switch (q.question()) {
            case "PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA":
                return types.isEmpty() ? FALSE : TRUE;
            case "PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT":
                if (policy.measures().stream().anyMatch(m -> m.kind().isWithin(new MeasureKey("encryption.in-transit")))) {
                    return TRUE;
                }
                findings.add("PPM-LABEL-UNANSWERED", Severity.WARNING, q.question(), "/measures", q.question());
                return "";
            case "PSL_SUPPORTED_ACCOUNT_CREATION_METHODS":
                findings.add("PPM-LABEL-UNANSWERED", Severity.WARNING, q.question(), "", q.question());
                return "";
            case "PSL_SUPPORT_DATA_DELETION_BY_USER":
                if (!"DATA_DELETION_YES".equals(q.response())) {
                    return "";
                }
                if (policy.rights().stream().anyMatch(r -> r.kind() == RightKind.ERASE
                        || r.kind() == RightKind.ACCOUNT_CANCELLATION)) {
                    return TRUE;
                }
                findings.add("PPM-LABEL-UNANSWERED", Severity.WARNING, q.question(), "/rights", q.question());
                return "";
            case "PSL_ACCOUNT_DELETION_URL":
                return webChannel(policy, RightKind.ACCOUNT_CANCELLATION).orElseGet(() -> {
                    findings.add("PPM-LABEL-UNANSWERED", Severity.WARNING, q.question(), "/rights", q.question());
                    return "";
                });
            case "PSL_DATA_DELETION_URL":
                return webChannel(policy, RightKind.ERASE).orElse("");
            default:
                return "";
        }
    }

    /** The web address where a right is exercised, when the policy gives one. */
    private static Optional<String> webChannel(Policy policy, RightKind kind) {
        for (Right right : policy.rights()) {
            if (right.kind() != kind) {
                continue;
            }
            for (Channel channel : right.channels()) {
                if (channel.kind() == ChannelKind.WEB && channel.value() != null
                        && channel.value().matches("https?://\\S+")) {
                    return Optional.of(channel.value());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a retention rule keeps the category (or part of it): then it is not processed ephemerally. */
    private static boolean retained(Policy policy, CategoryKey category) {
        for (RetentionRule rule : policy.retention()) {
            if (rule.data().isEmpty()
                    || rule.data().stream().anyMatch(d -> category.isWithin(d) || d.isWithin(category))) {
                return true;
            }
        }
        return false;
    }

    private static String row(String question, String response, String value, String requirement, String label) {
        List<String> cells = new ArrayList<>(5);
        cells.add(question);
        cells.add(response == null ? "" : response);
        cells.add(value);
        cells.add(requirement);
        cells.add(label);
        return Csv.row(cells);
    }
}
