package io.github.ppm.core.disclosure;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.index.DataGroup;
import io.github.ppm.core.index.PolicyIndex;
import io.github.ppm.core.index.Receipt;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.DataSourceKind;
import io.github.ppm.model.Disclosure;
import io.github.ppm.model.DisclosureKind;
import io.github.ppm.model.Necessity;
import io.github.ppm.model.Platform;
import io.github.ppm.model.Policy;
import io.github.ppm.model.ProcessingActivity;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.Sdk;
import io.github.ppm.model.SdkRole;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each data category of a policy goes, in the terms the stores ask about. Both stores define
 * collection as data leaving the device through the app (its own code or its SDKs), so a scenario
 * whose data comes only from third parties, or is derived, is not collection for a label.
 */
final class DataUses {
    enum Origin { ACTIVITY, SDK, DISCLOSURE }

    /**
     * One category in one place of the policy.
     *
     * @param pointer      the JSON pointer of the place
     * @param collected    the app collects it from the device (a scenario or an SDK)
     * @param thirdParty   it goes to someone who is neither the operator nor its entrusted processor
     * @param shared       it counts as sharing under Google Play's rules
     * @param deidentified the policy says it is de-identified
     */
    record Use(CategoryKey category, String pointer, Origin origin, List<PurposeKey> purposes, Necessity necessity,
            boolean collected, boolean thirdParty, boolean shared, boolean deidentified) {
    }

    private DataUses() {
    }

    /**
     * The uses on one platform.
     *
     * @param sharingExempt purposes for which a transfer is not sharing (Play)
     * @param warnRole      whether an SDK without a stated role is worth a warning (it decides Play's sharing)
     */
    static List<Use> of(PolicyIndex index, Platform platform, List<String> sharingExempt, boolean warnRole,
            Findings findings) {
        Policy policy = index.policy();
        List<Use> uses = new ArrayList<>();
        for (int i = 0; i < policy.activities().size(); i++) {
            ProcessingActivity activity = policy.activities().get(i);
            if (activity.collects().isEmpty()) {
                continue;
            }
            boolean fromDevice = activity.sources().isEmpty() || activity.sources().stream().anyMatch(
                    s -> s.kind() == DataSourceKind.DATA_SUBJECT || s.kind() == DataSourceKind.OBSERVED);
            if (!fromDevice) {
                findings.add("PPM-LABEL-NOT-FROM-DEVICE", Severity.INFO, activity.id().value(), "/activities/" + i,
                        activity.id().value());
                continue;
            }
            for (DataGroup group : index.groupsOf(activity.id())) {
                for (CategoryKey category : group.categories()) {
                    uses.add(new Use(category, group.pointer(), Origin.ACTIVITY, group.purposes(),
                            group.collection().necessity(), true, false, false, false));
                }
            }
        }
        for (int i = 0; i < policy.sdks().size(); i++) {
            Sdk sdk = policy.sdks().get(i);
            if (!sdk.platforms().isEmpty() && !sdk.platforms().contains(platform)) {
                continue;
            }
            // Play: a service provider acting for the developer does not "share"; an SDK whose role
            // the policy leaves open is declared as sharing, the answer that cannot under-disclose.
            boolean thirdParty = sdk.role() != SdkRole.ENTRUSTED_PROCESSOR;
            if (sdk.role() == null && warnRole && !sdk.collects().isEmpty()) {
                findings.add("PPM-LABEL-SDK-ROLE", Severity.WARNING, sdk.id().value(), "/sdks/" + i, sdk.id().value());
            }
            // What the SDK receives, listed or reached through a permission it asks for.
            for (Receipt receipt : index.receivedBy(sdk.id())) {
                uses.add(new Use(receipt.category(), receipt.pointer(), Origin.SDK, receipt.purposes(),
                        receipt.necessity(), true, thirdParty, thirdParty, Boolean.TRUE.equals(sdk.deidentified())));
            }
        }
        for (int i = 0; i < policy.disclosures().size(); i++) {
            Disclosure d = policy.disclosures().get(i);
            boolean thirdParty = d.kind() != DisclosureKind.ENTRUSTED;
            // Play exempts service providers, transfers in a merger and transfers for legal reasons.
            boolean shared = (d.kind() == DisclosureKind.SHARE || d.kind() == DisclosureKind.PUBLIC_DISCLOSURE)
                    && !(!d.purposes().isEmpty() && d.purposes().stream().allMatch(p -> within(p, sharingExempt)));
            // Its own data and the data of the scenarios it carries.
            for (Receipt receipt : index.carriage(d.id()).receipts()) {
                uses.add(new Use(receipt.category(), "/disclosures/" + i, Origin.DISCLOSURE, receipt.purposes(), null,
                        false, thirdParty, shared, false));
            }
        }
        return uses;
    }

    static boolean within(PurposeKey purpose, List<String> keys) {
        return keys.stream().anyMatch(k -> purpose.isWithin(new PurposeKey(k)));
    }
}
