package io.github.ppm.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.Valid;
import io.github.ppm.core.index.Carriage;
import io.github.ppm.core.index.PurposeStep;
import io.github.ppm.core.index.Reach;
import io.github.ppm.core.rdf.RdfOptions;
import io.github.ppm.core.taxonomy.Taxonomy;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.ConsentException;
import io.github.ppm.model.Disclosure;
import io.github.ppm.model.DisclosureKind;
import io.github.ppm.model.LegalBasis;
import io.github.ppm.model.Party;
import io.github.ppm.model.PartyId;
import io.github.ppm.model.Permission;
import io.github.ppm.model.PermissionKey;
import io.github.ppm.model.Policy;
import io.github.ppm.model.ProcessingActivity;
import io.github.ppm.model.RetentionRule;
import io.github.ppm.model.Sdk;
import io.github.ppm.model.SdkId;
import io.github.ppm.model.SdkRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test: the typed API ({@link PolicyQuery}) and the named SPARQL queries give the
 * same answers, over a TDB2 store holding the flagship and 50 generated policies (one named graph
 * each), for several keys per question — keys the policies use, their ancestors, and a few they do not.
 */
class TypedSparqlAgreementTest {
    @TempDir
    static Path folder;
    private static PolicyStore store;
    private static List<Policy> policies;
    private static Map<String, ValidatedPolicy> validated;
    private static int comparisons;
    /** Comparisons with a non-empty answer: agreeing on empty answers alone would prove nothing. */
    private static int answered;

    @BeforeAll
    static void load() {
        policies = new ArrayList<>(QueryFixtures.generated(50));
        policies.add(QueryFixtures.flagship());
        store = PolicyStore.open(folder.resolve("tdb"));
        validated = new HashMap<>();
        policies.forEach(p -> validated.put(p.id().value(), Valid.of(p)));
        PolicyLoader.Result result = PolicyLoader.loadPolicies(store, policies.stream().map(p -> validated.get(p.id().value()))
                .toList(), PolicyLoader.Options.DEFAULT.withBatchSize(20));
        assertEquals(51, result.loaded());
        assertEquals(51, store.graphs().size(), "policy ids are distinct");
    }

    @AfterAll
    static void close() {
        store.close();
        assertTrue(comparisons > 1000, "compared " + comparisons + " answers");
        // 2,705 of 11,170 answers are non-empty with these fixed seeds.
        assertTrue(answered > 1000, "compared only " + answered + " non-empty answers");
    }

    @Test
    void theStoreHoldsTheDerivationsTheQueriesMustAgreeOn() {
        // Without these the agreement below would not exercise the derived facts at all.
        long inherited = validated.values().stream().flatMap(v -> v.index().groups().stream())
                .filter(g -> g.step() == PurposeStep.PARENT_SCENARIO).count();
        long viaPermission = validated.values().stream().flatMap(v -> v.policy().sdks().stream()
                .flatMap(s -> v.index().receivedBy(s.id()).stream())).filter(r -> r.reach() == Reach.PERMISSION).count();
        long carried = validated.values().stream().flatMap(v -> v.index().carriages().stream())
                .flatMap(c -> c.receipts().stream()).filter(r -> r.reach() == Reach.SCENARIO).count();
        // The flagship's five partner-loan steps; generated steps state purposes of their own.
        assertTrue(inherited >= 5, "groups with a parent scenario's purposes: " + inherited);
        assertTrue(viaPermission > 100, "categories an SDK gets only through a permission: " + viaPermission);
        assertTrue(carried > 100, "categories a disclosure carries through its scenarios: " + carried);
    }

    private static PolicyQuery query(Policy p) {
        return PolicyQuery.of(validated.get(p.id().value()));
    }

    private static QueryResult ask(String name, Map<String, String> params) {
        return store.select(NamedQueries.get(name).orElseThrow().bind(params));
    }

    private static <T> void agree(String question, Set<T> typed, Set<T> sparql) {
        assertEquals(typed, sparql, question);
        comparisons++;
        if (!typed.isEmpty()) {
            answered++;
        }
    }

    private static Set<String> ids(Stream<String> values) {
        return values.collect(Collectors.toCollection(TreeSet::new));
    }

    /** Category keys worth asking: some used by the policies, their ancestors, the top level, and two unused. */
    private static List<String> categoryKeys() {
        Set<String> used = new TreeSet<>();
        for (Policy p : policies) {
            p.sdks().forEach(s -> s.categories().forEach(k -> used.add(k.value())));
            p.disclosures().forEach(d -> d.data().forEach(k -> used.add(k.value())));
            p.retention().forEach(r -> r.data().forEach(k -> used.add(k.value())));
        }
        Set<String> keys = new TreeSet<>();
        int i = 0;
        for (String key : used) {
            if (i++ % 12 == 0) {
                keys.addAll(Taxonomy.builtIn().categories().ancestorsOrSelf(key));
                keys.add(key);
            }
        }
        keys.addAll(List.of("device", "device.identifier", "device.identifier.imei", "location", "biometric.face",
                "identity.name"));
        assertTrue(keys.size() > 20, "keys asked: " + keys.size());
        return List.copyOf(keys);
    }

    @Test
    void sdksAndRecipientsOfACategory() {
        for (String key : categoryKeys()) {
            CategoryKey category = new CategoryKey(key);
            QueryResult sdks = ask("sdks-receiving", Map.of("category", key));
            QueryResult recipients = ask("recipients-of", Map.of("category", key));
            for (Policy p : policies) {
                String id = p.id().value();
                PolicyQuery q = query(p);
                agree(id + " sdks-receiving " + key, ids(q.sdksReceiving(category).stream().map(s -> s.id().value())),
                        QueryFixtures.rowsOf(sdks, id, r -> r.get("sdk")));
                agree(id + " recipients-of " + key,
                        ids(q.recipientsOf(category).stream().map(h -> h.kind() + " " + h.id() + " " + h.via())),
                        QueryFixtures.rowsOf(recipients, id, r -> r.get("kind") + " " + r.get("holder") + " " + r.get("via")));
            }
        }
    }

    @Test
    void purposesOfACategory() {
        List<String> keys = categoryKeys();
        // Every third key: this query is the slowest, and the others cover the rest.
        for (String key : java.util.stream.IntStream.range(0, keys.size()).filter(i -> i % 3 == 0).mapToObj(keys::get).toList()) {
            CategoryKey category = new CategoryKey(key);
            QueryResult purposes = ask("purposes-of", Map.of("category", key));
            for (Policy p : policies) {
                String id = p.id().value();
                agree(id + " purposes-of " + key,
                        ids(query(p).purposesOf(category).stream().map(u -> u.purpose().value() + " " + u.via())),
                        QueryFixtures.rowsOf(purposes, id, r -> r.get("purpose") + " " + r.get("via")));
            }
        }
    }

    @Test
    void retentionOfACategory() {
        for (String key : categoryKeys()) {
            QueryResult rules = ask("retention-of", Map.of("category", key));
            for (Policy p : policies) {
                String id = p.id().value();
                agree(id + " retention-of " + key,
                        ids(query(p).retentionOf(new CategoryKey(key)).stream().map(r -> r.id().value())),
                        QueryFixtures.rowsOf(rules, id, r -> r.get("rule")));
            }
        }
    }

    @Test
    void categoriesAnSdkOrPartyReceives() {
        Set<String> holders = new TreeSet<>();
        for (Policy p : policies) {
            p.sdks().stream().limit(2).forEach(s -> holders.add(s.id().value()));
            p.disclosures().stream().limit(1).forEach(d -> d.recipients().forEach(r -> holders.add(r.value())));
        }
        holders.add("nobody-by-this-name");
        for (String holder : holders) {
            QueryResult result = ask("categories-received-by", Map.of("holder", holder));
            for (Policy p : policies) {
                String id = p.id().value();
                PolicyQuery q = query(p);
                Set<String> typed = new TreeSet<>();
                if (holder.matches("[a-z0-9][a-z0-9._-]*")) {
                    q.categoriesReceivedBy(new SdkId(holder)).forEach(k -> typed.add("SDK " + k.value()));
                    q.categoriesReceivedBy(new PartyId(holder)).forEach(k -> typed.add("PARTY " + k.value()));
                }
                agree(id + " categories-received-by " + holder, typed,
                        QueryFixtures.rowsOf(result, id, r -> r.get("kind") + " " + r.get("category")));
            }
        }
    }

    @Test
    void scenariosUsingAPermission() {
        Set<String> keys = new TreeSet<>(List.of("camera", "location", "storage", "phone"));
        for (Policy p : policies) {
            for (Permission permission : p.permissions()) {
                keys.addAll(Taxonomy.builtIn().permissions().ancestorsOrSelf(permission.key().value()));
            }
        }
        for (String key : keys) {
            QueryResult result = ask("activities-using-permission", Map.of("permission", key));
            for (Policy p : policies) {
                String id = p.id().value();
                agree(id + " activities-using-permission " + key,
                        ids(query(p).activitiesUsing(new PermissionKey(key)).stream()
                                .map(ProcessingActivity::id).map(a -> a.value())),
                        QueryFixtures.rowsOf(result, id, r -> r.get("activity")));
            }
        }
    }

    @Test
    void consentExceptionsByEveryBasis() {
        List<LegalBasis> bases = new ArrayList<>(List.of(LegalBasis.values()));
        bases.add(null);
        for (LegalBasis basis : bases) {
            QueryResult result = ask("consent-exceptions-by", Map.of("basis", basis == null ? "none" : basis.name()));
            for (Policy p : policies) {
                String id = p.id().value();
                agree(id + " consent-exceptions-by " + basis,
                        ids(query(p).consentExceptionsBy(basis).stream().map(ConsentException::id).map(c -> c.value())),
                        QueryFixtures.rowsOf(result, id, r -> r.get("exception")));
            }
        }
    }

    @Test
    void crossPolicySharingWithThirdParties() {
        for (String key : List.of("location", "device.identifier", "identity", "financial", "biometric")) {
            CategoryKey category = new CategoryKey(key);
            QueryResult result = ask("policies-sharing-with-third-party", Map.of("category", key));
            for (Policy p : policies) {
                Set<String> typed = new TreeSet<>();
                for (Sdk sdk : query(p).sdksReceiving(category)) {
                    if (sdk.role() != SdkRole.ENTRUSTED_PROCESSOR) {
                        typed.add("SDK " + sdk.id().value() + " " + sdk.provider().value());
                    }
                }
                for (Carriage c : validated.get(p.id().value()).index().carriages()) {
                    Disclosure d = c.disclosure();
                    if ((d.kind() == DisclosureKind.SHARE || d.kind() == DisclosureKind.TRANSFER)
                            && c.categories().stream().anyMatch(k -> k.isWithin(category))) {
                        d.recipients().forEach(r -> typed.add(d.kind() + " " + d.id().value() + " " + r.value()));
                    }
                }
                agree(p.id() + " policies-sharing-with-third-party " + key, typed, QueryFixtures.rowsOf(result,
                        p.id().value(), r -> r.get("kind") + " " + r.get("via") + " " + r.get("recipient")));
            }
        }
    }

    @Test
    void crossPolicySensitiveDataAndMissingDates() {
        Map<String, Set<String>> sensitive = new TreeMap<>();
        ask("sensitive-data-shared-per-policy", Map.of()).rows().forEach(r -> {
            Set<String> keys = new TreeSet<>(List.of(r.get("keys").split(" ")));
            assertEquals(Integer.parseInt(r.get("categories")), keys.size());
            sensitive.put(r.get("policy"), keys);
        });
        Map<String, Set<String>> typed = new TreeMap<>();
        for (Policy p : policies) {
            PolicyQuery q = query(p);
            Set<String> keys = new TreeSet<>();
            p.sdks().forEach(s -> q.categoriesReceivedBy(s.id()).stream().filter(q::isSensitive)
                    .forEach(k -> keys.add(k.value())));
            validated.get(p.id().value()).index().carriages().forEach(c -> c.categories().stream().filter(q::isSensitive)
                    .forEach(k -> keys.add(k.value())));
            if (!keys.isEmpty()) {
                typed.put(p.id().value(), keys);
            }
        }
        assertEquals(typed, sensitive);
        assertTrue(typed.size() > 10, "most policies give sensitive data to someone: " + typed.size());

        agree("policies-without-effective-date",
                ids(policies.stream().filter(p -> p.effectiveDate() == null).map(p -> p.id().value())),
                ids(ask("policies-without-effective-date", Map.of()).column("policy").stream()));
    }

    @Test
    void crossPolicySdkVendors() {
        Map<String, Set<String>> policiesByVendor = new HashMap<>();
        Map<String, Integer> sdksByVendor = new HashMap<>();
        for (Policy p : policies) {
            Map<PartyId, Party> parties = p.parties().stream().collect(Collectors.toMap(Party::id, x -> x));
            for (Sdk sdk : p.sdks()) {
                Party provider = parties.get(sdk.provider());
                String vendor = provider.legalName() != null ? provider.legalName() : provider.label().zh();
                policiesByVendor.computeIfAbsent(vendor, v -> new TreeSet<>()).add(p.id().value());
                sdksByVendor.merge(vendor, 1, Integer::sum);
            }
        }
        Map<String, String> typed = new TreeMap<>();
        policiesByVendor.forEach((v, ps) -> typed.put(v, ps.size() + " " + sdksByVendor.get(v)));
        Map<String, String> sparql = new TreeMap<>();
        QueryResult result = ask("sdk-vendors-by-policies", Map.of());
        result.rows().forEach(r -> sparql.put(r.get("vendor"), r.get("policies") + " " + r.get("sdks")));
        assertEquals(typed, sparql);
        List<Integer> counts = result.column("policies").stream().map(Integer::parseInt).toList();
        List<Integer> sorted = new ArrayList<>(counts);
        sorted.sort((a, b) -> b - a);
        assertEquals(sorted, counts, "most used first");
    }

    @Test
    void aSinglePolicyDatasetAnswersLikeTheStore() {
        Policy flagship = QueryFixtures.flagship();
        var one = Sparql.dataset(Valid.of(flagship), RdfOptions.DEFAULT);
        for (NamedQuery q : NamedQueries.all()) {
            QueryResult alone = Sparql.select(one, q.bind());
            QueryResult inStore = store.select(q.bind());
            if (alone.variables().contains("policy")) {
                assertEquals(unordered(alone.rows()), unordered(inStore.rows().stream()
                        .filter(r -> flagship.id().value().equals(r.get("policy"))).toList()), q.name());
            }
        }
    }

    /** Rows with GROUP_CONCAT lists as sets: SPARQL leaves the order inside a group open. */
    private static List<Map<String, String>> unordered(List<Map<String, String>> rows) {
        return rows.stream().<Map<String, String>>map(r -> {
            Map<String, String> copy = new TreeMap<>(r);
            copy.computeIfPresent("keys", (k, v) -> String.join(" ", new TreeSet<>(List.of(v.split(" ")))));
            return copy;
        }).toList();
    }
}
