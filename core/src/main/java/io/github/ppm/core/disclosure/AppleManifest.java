package io.github.ppm.core.disclosure;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.index.PolicyIndex;
import io.github.ppm.model.Platform;
import io.github.ppm.model.PurposeKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Apple's privacy manifest ({@code PrivacyInfo.xcprivacy}): the collected data types with their
 * linked and tracking flags and purposes, and whether the app tracks. Written with dd-plist as an
 * XML property list.
 */
final class AppleManifest {
    /** What one Apple data type gathers from the policy. */
    private static final class TypeState {
        final String firstPointer;
        boolean linked;
        boolean tracking;
        final Set<String> purposes = new LinkedHashSet<>();

        TypeState(String firstPointer) {
            this.firstPointer = firstPointer;
        }
    }

    private AppleManifest() {
    }

    static String write(PolicyIndex facts, LabelMapping mapping, Findings findings) {
        KeyMapper mapper = new KeyMapper(mapping, StoreTarget.APPLE, findings);
        List<DataUses.Use> uses = DataUses.of(facts, Platform.IOS, List.of(), false, findings);
        Map<String, TypeState> types = new LinkedHashMap<>();
        for (DataUses.Use use : uses) {
            if (!use.collected()) {
                continue;
            }
            for (String type : mapper.types(use.category(), use.pointer())) {
                TypeState state = types.computeIfAbsent(type, t -> new TypeState(use.pointer()));
                // Linked unless the policy says this data is de-identified: the operator knows who its users are.
                state.linked |= !use.deidentified();
                addPurposes(state, use, mapper, mapping);
            }
        }
        // Data the operator gives to third parties adds their purposes to types it collects.
        for (DataUses.Use use : uses) {
            if (use.collected() || !use.thirdParty()) {
                continue;
            }
            for (String type : typesQuietly(mapping, use)) {
                TypeState state = types.get(type);
                if (state != null) {
                    addPurposes(state, use, mapper, mapping);
                }
            }
        }
        NSArray collected = new NSArray(types.size());
        int index = 0;
        boolean tracking = false;
        for (String type : KeyMapper.inStoreOrder(types.keySet(), mapping.storeTypes())) {
            TypeState state = types.get(type);
            List<String> purposes = KeyMapper.inStoreOrder(state.purposes, mapping.storePurposes());
            if (purposes.isEmpty()) {
                findings.add("PPM-LABEL-NO-PURPOSE", Severity.WARNING, type, state.firstPointer, type, "Apple App Store");
            }
            NSDictionary entry = new NSDictionary();
            entry.put("NSPrivacyCollectedDataType", new NSString(type));
            entry.put("NSPrivacyCollectedDataTypeLinked", new NSNumber(state.linked));
            entry.put("NSPrivacyCollectedDataTypeTracking", new NSNumber(state.tracking));
            entry.put("NSPrivacyCollectedDataTypePurposes",
                    new NSArray(purposes.stream().map(NSString::new).toArray(NSObject[]::new)));
            collected.setValue(index++, entry);
            tracking |= state.tracking;
        }
        if (tracking) {
            findings.add("PPM-LABEL-TRACKING-DOMAINS", Severity.WARNING, "", "");
        }
        findings.add("PPM-LABEL-API-REASONS", Severity.INFO, "", "");
        NSDictionary root = new NSDictionary();
        root.put("NSPrivacyTracking", new NSNumber(tracking));
        root.put("NSPrivacyTrackingDomains", new NSArray(0));
        root.put("NSPrivacyCollectedDataTypes", collected);
        // dd-plist ends lines with the platform's separator; the file is the same everywhere.
        return root.toXMLPropertyList().replace("\r\n", "\n");
    }

    private static void addPurposes(TypeState state, DataUses.Use use, KeyMapper mapper, LabelMapping mapping) {
        for (PurposeKey purpose : use.purposes()) {
            state.purposes.addAll(mapper.purposes(purpose, use.thirdParty(), use.pointer()));
            // Tracking: data a third party receives for targeted advertising or its measurement.
            if (use.thirdParty() && DataUses.within(purpose, mapping.trackingPurposes())) {
                state.tracking = true;
            }
        }
    }

    /** A disclosed category's types, without reporting: only collected data belongs on the label. */
    static List<String> typesQuietly(LabelMapping mapping, DataUses.Use use) {
        return LabelMapping.lookup(mapping.categories(), use.category().value())
                .map(LabelMapping.Entry::to).orElse(new ArrayList<>());
    }
}
