package io.github.ppm.core.index;

import io.github.ppm.core.taxonomy.Taxonomy;
import io.github.ppm.core.taxonomy.TaxonomyEntry;
import io.github.ppm.model.ActivityId;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.DataCollection;
import io.github.ppm.model.Disclosure;
import io.github.ppm.model.DisclosureId;
import io.github.ppm.model.Identifier;
import io.github.ppm.model.PartyId;
import io.github.ppm.model.Permission;
import io.github.ppm.model.PermissionKey;
import io.github.ppm.model.PermissionVariant;
import io.github.ppm.model.Policy;
import io.github.ppm.model.ProcessingActivity;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.Sdk;
import io.github.ppm.model.SdkId;
import io.github.ppm.model.Section;
import io.github.ppm.model.TaxonomyKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The derived facts of one policy, compiled once and then only read: immutable and safe to share
 * between threads. Every output — lint, guard, typed queries, tables, store labels, the RDF views,
 * diff — asks these questions here, so that they cannot disagree. The rules are stated once, in
 * {@code docs/semantics.md}:
 * <ul>
 *   <li>a data group's purposes are its own, else its owner's (the scenario or SDK), else those of the
 *       nearest enclosing scenario ({@code parent}, transitively) that states some;</li>
 *   <li>an SDK receives what its data groups list, and what the permissions it asks for reach: what
 *       the permission taxonomy says each reaches, else the data the policy's own permission entry of
 *       that key names;</li>
 *   <li>a disclosure carries its own data and the data of the scenarios it names, of every step below
 *       them, and of the scenarios those collect from by reference;</li>
 *   <li>a party receives what the disclosures naming it carry and what the SDKs it provides receive
 *       (with the SDK's reach);</li>
 *   <li>key A lies within key B when A equals B or lies below it ({@link TaxonomyKey#isWithin}).</li>
 * </ul>
 * Built only from a validated policy in practice ({@code ValidatedPolicy.index()}), but it never
 * throws or loops on a broken one: walks up the scenario tree are bounded.
 */
public final class PolicyIndex {
    private final Policy policy;
    private final Taxonomy taxonomy;
    /** Built on first use (only the guard needs them); two threads may both build one, equal and immutable. */
    private volatile KeyClosure categories;
    private volatile KeyClosure purposes;
    private final Map<ActivityId, ProcessingActivity> activities = new HashMap<>();
    private final Map<ActivityId, List<ProcessingActivity>> children = new HashMap<>();
    private final Map<Identifier, Place> places = new HashMap<>();
    private final Map<Identifier, List<DataGroup>> groupsByOwner = new LinkedHashMap<>();
    private final List<DataGroup> groups = new ArrayList<>();
    private final Map<SdkId, List<Receipt>> sdkReceipts = new LinkedHashMap<>();
    private final Map<PartyId, List<Receipt>> partyReceipts = new LinkedHashMap<>();
    private final Map<DisclosureId, Carriage> carriages = new LinkedHashMap<>();
    private final Map<String, List<CategoryKey>> permissionReach = new HashMap<>();

    private PolicyIndex(Policy policy, Taxonomy taxonomy) {
        this.policy = policy;
        this.taxonomy = taxonomy;
        indexPlaces();
        for (ProcessingActivity activity : policy.activities()) {
            activities.putIfAbsent(activity.id(), activity);
            if (activity.parent() != null) {
                children.computeIfAbsent(activity.parent(), k -> new ArrayList<>()).add(activity);
            }
        }
        indexGroups();
        indexPermissionReach();
        indexSdkReceipts();
        indexCarriages();
        indexPartyReceipts();
    }

    /** Compiles the facts of {@code policy} over {@code taxonomy} (the built-in one plus the policy's own keys). */
    public static PolicyIndex of(Policy policy, Taxonomy taxonomy) {
        return new PolicyIndex(policy, taxonomy);
    }

    public Policy policy() {
        return policy;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    // ---- taxonomy closure -----------------------------------------------------------------------

    /** The data-category keys the policy can name: the taxonomy's and its own. */
    public KeyClosure categoryClosure() {
        KeyClosure result = categories;
        if (result == null) {
            result = new KeyClosure(taxonomy.categories().keys(), usedCategories(policy));
            categories = result;
        }
        return result;
    }

    public KeyClosure purposeClosure() {
        KeyClosure result = purposes;
        if (result == null) {
            result = new KeyClosure(taxonomy.purposes().keys(), usedPurposes(policy));
            purposes = result;
        }
        return result;
    }

    /** True when any of {@code keys} lies within {@code ancestor}. */
    public static boolean anyWithin(Collection<? extends TaxonomyKey> keys, TaxonomyKey ancestor) {
        return anyWithin(keys, ancestor.value());
    }

    /** True when any of {@code keys} lies within the dotted key {@code ancestor}. */
    public static boolean anyWithin(Collection<? extends TaxonomyKey> keys, String ancestor) {
        for (TaxonomyKey key : keys) {
            if (TaxonomyKey.isWithin(key.value(), ancestor)) {
                return true;
            }
        }
        return false;
    }

    // ---- sensitivity ----------------------------------------------------------------------------

    /** Why {@code category} is sensitive personal information, when it is (itself or through an ancestor). */
    public Optional<Sensitivity> sensitivity(CategoryKey category) {
        return taxonomy.categories().sensitivity(category.value())
                .map(e -> new Sensitivity(category, new CategoryKey(e.key()), e.sensitiveBasis()));
    }

    public boolean isSensitive(CategoryKey category) {
        return taxonomy.categories().sensitivity(category.value()).isPresent();
    }

    /** The sensitive ones among {@code keys}, each once, in order. */
    public List<CategoryKey> sensitiveOf(Collection<CategoryKey> keys) {
        return keys.stream().filter(this::isSensitive).distinct().toList();
    }

    // ---- places ---------------------------------------------------------------------------------

    /** Where the object with this id is; empty for an id the policy does not declare. */
    public Optional<Place> place(Identifier id) {
        return Optional.ofNullable(places.get(id));
    }

    // ---- scenario tree --------------------------------------------------------------------------

    public Optional<ProcessingActivity> activity(ActivityId id) {
        return Optional.ofNullable(activities.get(id));
    }

    /** The scenarios whose {@code parent} is {@code id}, in policy order. */
    public List<ProcessingActivity> children(ActivityId id) {
        return List.copyOf(children.getOrDefault(id, List.of()));
    }

    /** The enclosing scenarios of {@code id}, nearest first. */
    public List<ProcessingActivity> ancestors(ActivityId id) {
        List<ProcessingActivity> result = new ArrayList<>();
        ProcessingActivity at = activities.get(id);
        // Bounded: a parent cycle (which validation reports) must not loop.
        for (int steps = 0; at != null && at.parent() != null && steps < activities.size(); steps++) {
            at = activities.get(at.parent());
            if (at != null) {
                result.add(at);
            }
        }
        return result;
    }

    /** The scenarios named and every step below them, each once, in policy order. */
    public List<ProcessingActivity> withDescendants(Collection<ActivityId> named) {
        if (named.isEmpty()) {
            return List.of();
        }
        Set<ActivityId> wanted = new HashSet<>(named);
        List<ProcessingActivity> result = new ArrayList<>();
        for (ProcessingActivity activity : policy.activities()) {
            if (wanted.contains(activity.id())
                    || ancestors(activity.id()).stream().anyMatch(a -> wanted.contains(a.id()))) {
                result.add(activity);
            }
        }
        return result;
    }

    /** The categories a scenario collects itself, then those of the scenarios it collects from by reference. */
    public List<CategoryKey> categoriesWithReferences(ProcessingActivity activity) {
        Set<CategoryKey> result = new LinkedHashSet<>(activity.categories());
        for (ActivityId from : activity.collectsFrom()) {
            ProcessingActivity other = activities.get(from);
            if (other != null) {
                result.addAll(other.categories());
            }
        }
        return List.copyOf(result);
    }

    /** A scenario's own purposes, else those of its nearest enclosing scenario that states some. */
    public List<PurposeKey> purposesOf(ProcessingActivity activity) {
        if (!activity.purposes().isEmpty()) {
            return activity.purposes();
        }
        for (ProcessingActivity up : ancestors(activity.id())) {
            if (!up.purposes().isEmpty()) {
                return up.purposes();
            }
        }
        return List.of();
    }

    // ---- data groups ----------------------------------------------------------------------------

    /** Every data group: the scenarios' in policy order, then the SDKs'. */
    public List<DataGroup> groups() {
        return Collections.unmodifiableList(groups);
    }

    /** The data groups of one scenario or SDK. */
    public List<DataGroup> groupsOf(Identifier owner) {
        return groupsByOwner.getOrDefault(owner, List.of());
    }

    // ---- what SDKs, recipients and disclosures receive -------------------------------------------

    /**
     * What a permission gives access to: what the permission taxonomy says it reaches (the system's
     * own reach, whoever asks), else, for a key the taxonomy says nothing about, the data the policy's
     * own permission entries of that key name.
     */
    public List<CategoryKey> reachedBy(PermissionKey permission) {
        List<String> reaches = taxonomy.permissions().get(permission.value()).map(TaxonomyEntry::reaches).orElse(List.of());
        if (!reaches.isEmpty()) {
            return reaches.stream().map(CategoryKey::new).toList();
        }
        return permissionReach.getOrDefault(permission.value(), List.of());
    }

    /** What an SDK receives: its data groups' categories, then what its permissions reach and it does not list. */
    public List<Receipt> receivedBy(SdkId sdk) {
        return sdkReceipts.getOrDefault(sdk, List.of());
    }

    /** What a party receives: from the disclosures naming it, then from the SDKs it provides. */
    public List<Receipt> receivedBy(PartyId party) {
        return partyReceipts.getOrDefault(party, List.of());
    }

    /** The categories of {@code receipts}, each once, in order. */
    public static List<CategoryKey> categoriesOf(List<Receipt> receipts) {
        return receipts.stream().map(Receipt::category).distinct().toList();
    }

    /**
     * The categories among {@code receipts} that arrive only through a permission — not also listed, itself
     * or within a broader listed key — each once, in order.
     */
    public static List<CategoryKey> onlyThroughPermission(List<Receipt> receipts) {
        Set<CategoryKey> otherwise = new HashSet<>();
        receipts.stream().filter(r -> r.reach() != Reach.PERMISSION).forEach(r -> otherwise.add(r.category()));
        return receipts.stream().map(Receipt::category).filter(c -> !anyWithinOf(otherwise, c)).distinct().toList();
    }

    /** True when {@code category} lies within one of {@code keys}. */
    private static boolean anyWithinOf(Collection<CategoryKey> keys, CategoryKey category) {
        for (CategoryKey key : keys) {
            if (category.isWithin(key)) {
                return true;
            }
        }
        return false;
    }

    /** What each disclosure carries, in policy order. */
    public Collection<Carriage> carriages() {
        return Collections.unmodifiableCollection(carriages.values());
    }

    public Carriage carriage(DisclosureId disclosure) {
        return carriages.get(disclosure);
    }

    // ---- compiling ------------------------------------------------------------------------------

    private void indexPlaces() {
        place(policy.activities(), "/activities", ProcessingActivity::id, ProcessingActivity::source);
        place(policy.sdks(), "/sdks", Sdk::id, Sdk::source);
        place(policy.parties(), "/parties", p -> p.id(), p -> p.source());
        place(policy.permissions(), "/permissions", Permission::id, Permission::source);
        place(policy.disclosures(), "/disclosures", Disclosure::id, Disclosure::source);
        place(policy.consentExceptions(), "/consentExceptions", c -> c.id(), c -> c.source());
        place(policy.retention(), "/retention", r -> r.id(), r -> r.source());
        place(policy.rights(), "/rights", r -> r.id(), r -> r.source());
        place(policy.measures(), "/measures", m -> m.id(), m -> m.source());
        place(policy.clauses(), "/clauses", c -> c.id(), c -> c.source());
        place(policy.controller().contacts(), "/controller/contacts", c -> c.id(), c -> c.source());
    }

    private <T> void place(List<T> items, String at, java.util.function.Function<T, ? extends Identifier> id,
            java.util.function.Function<T, Section> source) {
        for (int i = 0; i < items.size(); i++) {
            places.putIfAbsent(id.apply(items.get(i)), new Place(at + "/" + i, source.apply(items.get(i))));
        }
    }

    private void indexGroups() {
        for (int i = 0; i < policy.activities().size(); i++) {
            ProcessingActivity activity = policy.activities().get(i);
            Identifier from = activity.id();
            PurposeStep step = PurposeStep.OWNER;
            List<PurposeKey> inherited = activity.purposes();
            if (inherited.isEmpty()) {
                step = PurposeStep.NONE;
                from = null;
                for (ProcessingActivity up : ancestors(activity.id())) {
                    if (!up.purposes().isEmpty()) {
                        inherited = up.purposes();
                        step = PurposeStep.PARENT_SCENARIO;
                        from = up.id();
                        break;
                    }
                }
            }
            addGroups(activity.id(), "/activities/" + i, activity.collects(), inherited, step, from, activity.source());
        }
        for (int i = 0; i < policy.sdks().size(); i++) {
            Sdk sdk = policy.sdks().get(i);
            boolean own = !sdk.purposes().isEmpty();
            addGroups(sdk.id(), "/sdks/" + i, sdk.collects(), sdk.purposes(), own ? PurposeStep.OWNER : PurposeStep.NONE,
                    own ? sdk.id() : null, sdk.source());
        }
    }

    private void addGroups(Identifier owner, String pointer, List<DataCollection> collects, List<PurposeKey> inherited,
            PurposeStep step, Identifier from, Section ownerSource) {
        List<DataGroup> result = new ArrayList<>();
        for (int j = 0; j < collects.size(); j++) {
            DataCollection c = collects.get(j);
            Section section = c.source() == null ? ownerSource : c.source();
            result.add(c.purposes().isEmpty()
                    ? new DataGroup(owner, pointer, j, c, inherited, step, from, section)
                    : new DataGroup(owner, pointer, j, c, c.purposes(), PurposeStep.OWN, owner, section));
        }
        groups.addAll(result);
        groupsByOwner.put(owner, List.copyOf(result));
    }

    /** The policy's own permission entries say what a permission reaches, for it and its platform variants. */
    private void indexPermissionReach() {
        Map<String, Set<CategoryKey>> stated = new LinkedHashMap<>();
        for (Permission permission : policy.permissions()) {
            if (permission.data().isEmpty()) {
                continue;
            }
            stated.computeIfAbsent(permission.key().value(), k -> new LinkedHashSet<>()).addAll(permission.data());
            for (PermissionVariant variant : permission.variants()) {
                stated.computeIfAbsent(variant.key().value(), k -> new LinkedHashSet<>()).addAll(permission.data());
            }
        }
        stated.forEach((key, data) -> permissionReach.put(key, List.copyOf(data)));
    }

    private void indexSdkReceipts() {
        for (int i = 0; i < policy.sdks().size(); i++) {
            Sdk sdk = policy.sdks().get(i);
            List<Receipt> result = new ArrayList<>();
            Set<CategoryKey> listed = new HashSet<>();
            Set<CategoryKey> received = new HashSet<>();
            for (DataGroup group : groupsOf(sdk.id())) {
                for (CategoryKey category : group.categories()) {
                    listed.add(category);
                    received.add(category);
                    result.add(new Receipt(category, Reach.DIRECT, sdk.id(), null, group.purposes(),
                            group.pointer(), group.section(), group));
                }
            }
            for (int k = 0; k < sdk.permissions().size(); k++) {
                PermissionKey permission = sdk.permissions().get(k);
                for (CategoryKey category : reachedBy(permission)) {
                    // Listed already, itself or within a broader key the SDK lists: declared, not only reached.
                    if (!anyWithinOf(listed, category) && received.add(category)) {
                        result.add(new Receipt(category, Reach.PERMISSION, sdk.id(), permission.value(),
                                sdk.purposes(), "/sdks/" + i + "/permissions/" + k, sdk.source(), null));
                    }
                }
            }
            sdkReceipts.put(sdk.id(), List.copyOf(result));
        }
    }

    private void indexCarriages() {
        for (int i = 0; i < policy.disclosures().size(); i++) {
            Disclosure d = policy.disclosures().get(i);
            String pointer = "/disclosures/" + i;
            DisclosureId via = d.id();
            List<ProcessingActivity> scenarios = withDescendants(d.activities());
            List<PurposeKey> own = d.purposes();
            List<Receipt> carried = new ArrayList<>();
            Set<PurposeKey> carriedPurposes = new LinkedHashSet<>();
            for (ProcessingActivity scenario : scenarios) {
                Set<CategoryKey> itself = new HashSet<>();
                for (DataGroup group : groupsOf(scenario.id())) {
                    carriedPurposes.addAll(group.purposes());
                    for (CategoryKey category : group.categories()) {
                        itself.add(category);
                        carried.add(new Receipt(category, Reach.SCENARIO, via, scenario.id().value(),
                                own.isEmpty() ? group.purposes() : own, group.pointer(), group.section(), group));
                    }
                }
                List<PurposeKey> scenarioPurposes = purposesOf(scenario);
                carriedPurposes.addAll(scenarioPurposes);
                for (CategoryKey category : categoriesWithReferences(scenario)) {
                    if (itself.add(category)) {
                        carried.add(new Receipt(category, Reach.SCENARIO, via, scenario.id().value(),
                                own.isEmpty() ? scenarioPurposes : own, places.get(scenario.id()).pointer(),
                                scenario.source(), null));
                    }
                }
            }
            List<PurposeKey> forData = own.isEmpty() ? List.copyOf(carriedPurposes) : own;
            List<Receipt> receipts = new ArrayList<>();
            for (CategoryKey category : d.data()) {
                receipts.add(new Receipt(category, Reach.DIRECT, via, null, forData, pointer, d.source(), null));
            }
            receipts.addAll(carried);
            carriages.put(d.id(), new Carriage(d, pointer, scenarios, receipts));
        }
    }

    private void indexPartyReceipts() {
        for (Carriage carriage : carriages.values()) {
            for (PartyId recipient : carriage.disclosure().recipients()) {
                partyReceipts.computeIfAbsent(recipient, k -> new ArrayList<>()).addAll(carriage.receipts());
            }
        }
        for (Sdk sdk : policy.sdks()) {
            partyReceipts.computeIfAbsent(sdk.provider(), k -> new ArrayList<>()).addAll(receivedBy(sdk.id()));
        }
        partyReceipts.replaceAll((k, v) -> List.copyOf(v));
    }

    private static Set<String> usedCategories(Policy policy) {
        Set<String> used = new LinkedHashSet<>();
        policy.activities().forEach(a -> a.categories().forEach(k -> used.add(k.value())));
        policy.sdks().forEach(s -> s.categories().forEach(k -> used.add(k.value())));
        policy.disclosures().forEach(d -> d.data().forEach(k -> used.add(k.value())));
        policy.permissions().forEach(p -> p.data().forEach(k -> used.add(k.value())));
        policy.retention().forEach(r -> r.data().forEach(k -> used.add(k.value())));
        return used;
    }

    private static Set<String> usedPurposes(Policy policy) {
        Set<String> used = new LinkedHashSet<>();
        for (ProcessingActivity a : policy.activities()) {
            a.purposes().forEach(k -> used.add(k.value()));
            a.collects().forEach(g -> g.purposes().forEach(k -> used.add(k.value())));
        }
        for (Sdk s : policy.sdks()) {
            s.purposes().forEach(k -> used.add(k.value()));
            s.collects().forEach(g -> g.purposes().forEach(k -> used.add(k.value())));
        }
        policy.disclosures().forEach(d -> d.purposes().forEach(k -> used.add(k.value())));
        policy.permissions().forEach(p -> p.purposes().forEach(k -> used.add(k.value())));
        return used;
    }
}
