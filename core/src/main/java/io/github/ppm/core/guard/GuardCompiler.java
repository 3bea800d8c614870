package io.github.ppm.core.guard;

import io.github.ppm.core.index.Carriage;
import io.github.ppm.core.index.DataGroup;
import io.github.ppm.core.index.PolicyIndex;
import io.github.ppm.core.index.Reach;
import io.github.ppm.core.index.Receipt;
import io.github.ppm.core.taxonomy.TaxonomyEntry;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.ConsentException;
import io.github.ppm.model.ConsentType;
import io.github.ppm.model.Disclosure;
import io.github.ppm.model.DisclosureKind;
import io.github.ppm.model.ExceptionScope;
import io.github.ppm.model.LegalBasis;
import io.github.ppm.model.Party;
import io.github.ppm.model.Policy;
import io.github.ppm.model.ProcessingActivity;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.Sdk;
import io.github.ppm.model.SdkRole;
import io.github.ppm.model.Section;
import io.github.ppm.model.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a policy into a {@link PolicyGuard}: all the thinking happens here, once. */
final class GuardCompiler {
    private final Policy policy;
    private final PolicyIndex index;
    private final GuardOptions options;
    private final KeyIndex categories;
    private final KeyIndex purposes;
    /** Purposes (with those below them) that rest on each non-consent basis, by statute. */
    private final Map<LegalBasis, long[]> statutory = new EnumMap<>(LegalBasis.class);
    /** The same, by statute or because a scenario of the policy says so. */
    private final Map<LegalBasis, long[]> declaredOrStatutory = new EnumMap<>(LegalBasis.class);

    GuardCompiler(ValidatedPolicy valid, GuardOptions options) {
        this.policy = valid.policy();
        this.index = valid.index();
        this.options = options;
        this.categories = new KeyIndex(index.categoryClosure());
        this.purposes = new KeyIndex(index.purposeClosure());
    }

    PolicyGuard compile() {
        indexBases();
        Map<String, List<Target.Unit>> bySdk = new LinkedHashMap<>();
        Map<String, List<Target.Unit>> byParty = new LinkedHashMap<>();
        for (Party party : policy.parties()) {
            byParty.putIfAbsent(party.id().value(), new ArrayList<>());
        }
        for (int i = 0; i < policy.disclosures().size(); i++) {
            Disclosure disclosure = policy.disclosures().get(i);
            List<Target.Unit> units = disclosureUnits(disclosure, i);
            for (var recipient : disclosure.recipients()) {
                byParty.computeIfAbsent(recipient.value(), k -> new ArrayList<>()).addAll(units);
            }
        }
        for (int i = 0; i < policy.sdks().size(); i++) {
            Sdk sdk = policy.sdks().get(i);
            List<Target.Unit> units = sdkUnits(sdk, i);
            bySdk.computeIfAbsent(sdk.id().value(), k -> new ArrayList<>()).addAll(units);
            // What an SDK collects reaches its provider: a flow to the provider is declared by the SDK entry.
            byParty.computeIfAbsent(sdk.provider().value(), k -> new ArrayList<>()).addAll(units);
        }
        Target.Route[] undeclaredRoutes = undeclaredRoutes();
        Map<String, Target> sdkTargets = new HashMap<>();
        bySdk.forEach((id, units) -> sdkTargets.put(id, target(units, new Target.Route[0])));
        Map<String, Target> partyTargets = new HashMap<>();
        byParty.forEach((id, units) -> partyTargets.put(id, target(units, undeclaredRoutes)));
        return new PolicyGuard(policy.id().value(), categories.map(), purposes.map(), sdkTargets, partyTargets);
    }

    private static Target target(List<Target.Unit> units, Target.Route[] undeclaredRoutes) {
        return new Target(units.toArray(new Target.Unit[0]), undeclaredRoutes,
                Decision.undeclared(Reason.NOT_DECLARED, List.of()));
    }

    // ---- declarations -------------------------------------------------------------------------------

    /** A disclosure declares what it carries (its data, its scenarios' data) for the purposes each goes for. */
    private List<Target.Unit> disclosureUnits(Disclosure disclosure, int index) {
        Carriage carriage = this.index.carriage(disclosure.id());
        List<Citation> citations = new ArrayList<>();
        citations.add(new Citation("disclosure", disclosure.id().value(), "/disclosures/" + index,
                disclosure.source(), disclosure.label()));
        for (ProcessingActivity activity : carriage.scenarios()) {
            citations.add(activityCitation(activity));
        }
        Processing processing = disclosure.kind() == DisclosureKind.ENTRUSTED ? Processing.ENTRUSTED : Processing.PROVISION;
        boolean exceptionsMayApply = disclosure.consent() == null || disclosure.consent() == ConsentType.EXCEPTION
                || disclosure.consent() == ConsentType.NOT_REQUIRED;
        boolean exceptionFirst = disclosure.consent() == ConsentType.EXCEPTION;
        if (carriage.allData()) {
            // Neither data nor scenarios named: the policy says "your personal information", all of it.
            return List.of(unit(categories.keys(), purposeKeys(disclosure.purposes()), processing, citations,
                    exceptionsMayApply, exceptionFirst));
        }
        return units(carriage.receipts(), processing, citations, exceptionsMayApply, exceptionFirst);
    }

    /** An SDK declares what it receives (listed, or through the permissions it asks for) for the purposes given. */
    private List<Target.Unit> sdkUnits(Sdk sdk, int index) {
        List<Citation> citations = new ArrayList<>();
        citations.add(new Citation("sdk", sdk.id().value(), "/sdks/" + index, sdk.source(), sdk.label()));
        for (ProcessingActivity activity : policy.activities()) {
            if (activity.sdks().contains(sdk.id())) {
                citations.add(activityCitation(activity));
            }
        }
        // An SDK whose role the policy leaves open is treated as an independent handler: the stricter reading.
        Processing processing = sdk.role() == SdkRole.ENTRUSTED_PROCESSOR ? Processing.ENTRUSTED : Processing.PROVISION;
        return units(this.index.receivedBy(sdk.id()), processing, citations, true, false);
    }

    /**
     * One unit per distinct purpose list: the categories received for exactly those purposes. What an SDK
     * gets only through a permission it asks for is a unit of its own that cites the permission, so that a
     * decision says the data is reached through it.
     */
    private List<Target.Unit> units(List<Receipt> receipts, Processing processing, List<Citation> citations,
            boolean exceptionsMayApply, boolean exceptionFirst) {
        /** The permission is null for a listed category; pointer and section are the permission entry's. */
        record Key(List<PurposeKey> purposes, String permission, String pointer, Section section) {
        }
        Map<Key, List<String>> byKey = new LinkedHashMap<>();
        for (Receipt r : receipts) {
            Key key = r.reach() == Reach.PERMISSION ? new Key(r.purposes(), r.through(), r.pointer(), r.section())
                    : new Key(r.purposes(), null, null, null);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r.category().value());
        }
        List<Target.Unit> units = new ArrayList<>();
        byKey.forEach((key, data) -> {
            List<Citation> cited = citations;
            if (key.permission() != null) {
                cited = new ArrayList<>(citations);
                Text label = index.taxonomy().permissions().get(key.permission()).map(TaxonomyEntry::label)
                        .orElse(new Text(key.permission(), key.permission()));
                cited.add(new Citation("permission", key.permission(), key.pointer(), key.section(), label));
            }
            units.add(unit(data, purposeKeys(key.purposes()), processing, cited, exceptionsMayApply, exceptionFirst));
        });
        return units;
    }

    private Target.Unit unit(List<String> data, List<String> purposeList, Processing processing,
            List<Citation> citations, boolean exceptionsMayApply, boolean exceptionFirst) {
        long[] dataBits = categories.empty();
        long[] partial = categories.empty();
        for (String key : data) {
            categories.addWithin(dataBits, key);
            categories.addStrictAncestors(partial, key);
        }
        long[] purposeBits = purposes.empty();
        for (String key : purposeList) {
            purposes.addWithin(purposeBits, key);
        }
        List<Target.Route> routes = new ArrayList<>();
        if (exceptionsMayApply) {
            ExceptionScope scope = processing == Processing.ENTRUSTED
                    ? ExceptionScope.COLLECTION_AND_USE : ExceptionScope.SHARING_TRANSFER_DISCLOSURE;
            routes.addAll(routes(scope, declaredOrStatutory, citations, Reason.EXCEPTION_APPLIES, processing));
        }
        return new Target.Unit(dataBits, partial, purposeBits, exceptionFirst,
                new Decision(Outcome.ALLOWED_AS_DECLARED, Reason.CONSENT_GIVEN, processing, citations, null, null),
                new Decision(Outcome.NEEDS_CONSENT, Reason.CONSENT_WITHDRAWN, processing, citations, null, null),
                new Decision(Outcome.NEEDS_CONSENT, Reason.CONSENT_MISSING, processing, citations, null, null),
                routes.toArray(new Target.Route[0]),
                Decision.undeclared(Reason.DATA_PARTLY_DECLARED, citations),
                Decision.undeclared(Reason.PURPOSE_NOT_DECLARED, citations));
    }

    // ---- consent exceptions -------------------------------------------------------------------------

    /**
     * Which purposes rest on which basis: the statutory defaults, plus the purposes of every scenario that
     * rests on bases other than consent only (the policy itself says that processing needs no consent).
     */
    private void indexBases() {
        for (LegalBasis basis : LegalBasis.values()) {
            long[] byStatute = purposes.empty();
            for (PurposeKey key : options.statutoryPurposes().getOrDefault(basis, List.of())) {
                purposes.addWithin(byStatute, key.value());
            }
            long[] byPolicy = byStatute.clone();
            if (basis != LegalBasis.CONSENT) {
                for (ProcessingActivity activity : policy.activities()) {
                    // A scenario that names consent next to another basis does not say which of its purposes
                    // rest on which; reading consent for all of them is the stricter choice.
                    if (activity.legalBases().contains(basis) && !activity.legalBases().contains(LegalBasis.CONSENT)) {
                        for (String key : activityPurposes(activity)) {
                            purposes.addWithin(byPolicy, key);
                        }
                    }
                }
            }
            statutory.put(basis, byStatute);
            declaredOrStatutory.put(basis, byPolicy);
        }
    }

    /** Exceptions for sharing on a statutory basis allow a flow to a party even where no disclosure names it. */
    private Target.Route[] undeclaredRoutes() {
        return routes(ExceptionScope.SHARING_TRANSFER_DISCLOSURE, statutory, List.of(),
                Reason.EXCEPTION_WITHOUT_DECLARATION, Processing.PROVISION).toArray(new Target.Route[0]);
    }

    /**
     * One route per consent exception of {@code scope} whose ground has a PIPL Art. 13 basis; grounds that
     * only GB/T 35273 knows (service security, academic research) cannot stand in for consent under PIPL.
     */
    private List<Target.Route> routes(ExceptionScope scope, Map<LegalBasis, long[]> basisPurposes,
            List<Citation> declaration, Reason reason, Processing processing) {
        List<Target.Route> routes = new ArrayList<>();
        for (int i = 0; i < policy.consentExceptions().size(); i++) {
            ConsentException exception = policy.consentExceptions().get(i);
            LegalBasis basis = exception.ground().piplBasis();
            if (exception.scope() != scope || basis == null) {
                continue;
            }
            long[] covered = basisPurposes.get(basis);
            if (covered == null || Bits.isEmpty(covered)) {
                continue;
            }
            List<Citation> citations = new ArrayList<>(declaration);
            citations.add(new Citation("consent-exception", exception.id().value(), "/consentExceptions/" + i,
                    exception.source(), exception.label()));
            routes.add(new Target.Route(covered, new Decision(Outcome.ALLOWED_BY_EXCEPTION, reason, processing,
                    citations, exception, basis)));
        }
        return routes;
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /** Every purpose a scenario processes its data for: its own (or inherited) and each group's. */
    private List<String> activityPurposes(ProcessingActivity activity) {
        Set<String> all = new LinkedHashSet<>(purposeKeys(index.purposesOf(activity)));
        for (DataGroup group : index.groupsOf(activity.id())) {
            all.addAll(purposeKeys(group.purposes()));
        }
        return List.copyOf(all);
    }

    private Citation activityCitation(ProcessingActivity activity) {
        return new Citation("activity", activity.id().value(), index.place(activity.id()).orElseThrow().pointer(),
                activity.source(), activity.label());
    }

    private static List<String> keys(List<CategoryKey> keys) {
        List<String> result = new ArrayList<>(keys.size());
        for (CategoryKey key : keys) {
            result.add(key.value());
        }
        return result;
    }

    private static List<String> purposeKeys(List<PurposeKey> keys) {
        List<String> result = new ArrayList<>(keys.size());
        for (PurposeKey key : keys) {
            result.add(key.value());
        }
        return result;
    }
}
