package io.github.ppm.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.RepoFiles;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.taxonomy.Taxonomy;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.ActivityId;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.DisclosureId;
import io.github.ppm.model.PartyId;
import io.github.ppm.model.PermissionKey;
import io.github.ppm.model.Policy;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.SdkId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Each derivation of the policy index on a fixture written for it, and on the flagship where it matters. */
class PolicyIndexTest {
    private static final Path FIXTURE = RepoFiles.root().resolve("core/src/test/resources/fixtures/index/derivations.yaml");
    private static final ValidatedPolicy VALID = PolicyValidator.read(FIXTURE).orThrow();
    private static final PolicyIndex INDEX = VALID.index();

    private static List<String> keys(List<? extends io.github.ppm.model.TaxonomyKey> keys) {
        return keys.stream().map(io.github.ppm.model.TaxonomyKey::value).toList();
    }

    private static DataGroup group(String owner, int index) {
        return INDEX.groupsOf(new ActivityId(owner)).get(index);
    }

    @Test
    void aGroupsPurposesAreItsOwnElseItsScenariosElseTheNearestEnclosingScenarios() {
        assertEquals(PurposeStep.PARENT_SCENARIO, group("loan-application", 0).step());
        assertEquals(List.of("loan"), keys(group("loan-application", 0).purposes()));
        assertEquals(new ActivityId("loans"), group("loan-application", 0).purposesFrom());
        assertEquals(PurposeStep.OWN, group("loan-application", 1).step());
        assertEquals(List.of("identity.verification.face"), keys(group("loan-application", 1).purposes()));
        // Two levels down: the grandparent supplies them.
        assertEquals(PurposeStep.PARENT_SCENARIO, group("loan-application-documents", 0).step());
        assertEquals(new ActivityId("loans"), group("loan-application-documents", 0).purposesFrom());
        assertEquals(PurposeStep.NONE, group("repayment", 0).step());
        assertEquals(List.of(), group("repayment", 0).purposes());
        assertEquals("/activities/1/collects/1", group("loan-application", 1).pointer());
    }

    @Test
    void anSdkReceivesWhatItListsAndWhatItsPermissionsReach() {
        List<Receipt> maps = INDEX.receivedBy(new SdkId("maps-sdk"));
        // location.approximate reaches, by the permission taxonomy: coarse location, region, cell tower.
        assertEquals(Taxonomy.builtIn().permissions().get("location.approximate").orElseThrow().reaches(),
                keys(PolicyIndex.categoriesOf(maps)));
        assertTrue(maps.stream().allMatch(r -> r.reach() == Reach.PERMISSION && r.through().equals("location.approximate")));
        assertEquals(List.of("location-lookup"), keys(maps.get(0).purposes()));
        assertEquals("/sdks/0/permissions/0", maps.get(0).pointer());

        List<Receipt> alerts = INDEX.receivedBy(new SdkId("alert-sdk"));
        assertEquals(new Receipt(new CategoryKey("network.cell-tower"), Reach.DIRECT, new SdkId("alert-sdk"), null,
                List.of(), "/sdks/1/collects/0", alerts.get(0).section(), INDEX.groupsOf(new SdkId("alert-sdk")).get(0)),
                alerts.get(0));
        // What it lists is not reached again through a permission; notifications reach nothing in the taxonomy,
        // so the policy's own permission entry says what they reach.
        assertEquals(List.of("network.cell-tower", "location.coarse", "location.region", "device.identifier.push-token"),
                keys(PolicyIndex.categoriesOf(alerts)));
        assertEquals(List.of("location.coarse", "location.region", "device.identifier.push-token"),
                keys(PolicyIndex.onlyThroughPermission(alerts)));
        assertEquals(List.of("device.identifier.push-token"), keys(INDEX.reachedBy(new PermissionKey("notifications"))));
    }

    @Test
    void aDisclosureCarriesItsScenariosWithTheirStepsAndWhatTheyCollectByReference() {
        Carriage applications = INDEX.carriage(new DisclosureId("share-applications"));
        assertEquals(List.of("loan-application", "loan-application-documents"),
                applications.scenarios().stream().map(a -> a.id().value()).toList());
        assertEquals(List.of("identity.name", "biometric.face", "identity.document.id-number"),
                keys(applications.categories()));
        // Without purposes of its own, each group goes for its own effective purposes.
        assertEquals(List.of("loan"), keys(applications.receipts().get(0).purposes()));
        assertEquals(List.of("identity.verification.face"), keys(applications.receipts().get(1).purposes()));
        assertFalse(applications.allData());

        Carriage repayments = INDEX.carriage(new DisclosureId("share-repayments"));
        assertEquals(Reach.DIRECT, repayments.receipts().get(0).reach());
        // repayment collects the data of loan-application by reference: it is carried too, for the disclosure's purpose.
        assertEquals(List.of("financial.bank-account", "identity.name", "biometric.face"), keys(repayments.categories()));
        assertTrue(repayments.receipts().stream().allMatch(r -> keys(r.purposes()).equals(List.of("repayment"))));
    }

    @Test
    void aPartyReceivesWhatItsDisclosuresCarryAndWhatItsSdksReceive() {
        assertEquals(List.of("identity.name", "biometric.face", "identity.document.id-number", "financial.bank-account"),
                keys(PolicyIndex.categoriesOf(INDEX.receivedBy(new PartyId("partners")))));
        List<Receipt> vendor = INDEX.receivedBy(new PartyId("maps-vendor"));
        assertEquals(List.of("location.coarse", "location.region", "network.cell-tower", "device.identifier.push-token"),
                keys(PolicyIndex.categoriesOf(vendor)));
        // network.cell-tower is listed by one of its SDKs: not "only through a permission" for the vendor.
        assertEquals(List.of("location.coarse", "location.region", "device.identifier.push-token"),
                keys(PolicyIndex.onlyThroughPermission(vendor)));
    }

    @Test
    void sensitivityIsTheCategorysOrItsNearestSensitiveAncestorsWithTheReason() {
        Sensitivity face = INDEX.sensitivity(new CategoryKey("biometric.face")).orElseThrow();
        assertEquals(new CategoryKey("biometric.face"), face.source());
        assertFalse(face.inherited());
        Sensitivity card = INDEX.sensitivity(new CategoryKey("financial.bank-card.binding-result")).orElseThrow();
        assertEquals(new CategoryKey("financial.bank-card"), card.source());
        assertTrue(card.inherited());
        assertTrue(card.basis() != null);
        assertFalse(INDEX.isSensitive(new CategoryKey("network.cell-tower")));
    }

    @Test
    void theTaxonomyClosureAndThePlacesOfObjects() {
        assertTrue(INDEX.categoryClosure().within("device.identifier").contains("device.identifier.imei"));
        assertEquals(List.of("device.identifier.imei", "device.identifier", "device"),
                INDEX.categoryClosure().ancestorsOrSelf("device.identifier.imei"));
        assertEquals(List.of(), INDEX.categoryClosure().within("no.such.key"));
        assertEquals(new Place("/sdks/1", VALID.policy().sdks().get(1).source()),
                INDEX.place(new SdkId("alert-sdk")).orElseThrow());
        assertEquals("一.(一).1.1", INDEX.place(new ActivityId("loan-application-documents")).orElseThrow().section().value());
        assertEquals(List.of("loan-application", "loans"),
                INDEX.ancestors(new ActivityId("loan-application-documents")).stream().map(a -> a.id().value()).toList());
    }

    @Test
    void theFlagshipsPartnerLoanStepsTakeTheirParentScenariosPurpose() {
        PolicyIndex flagship = PolicyValidator.read(RepoFiles.flagship()).orThrow().index();
        for (String step : List.of("partner-loan-credit-approval")) {
            DataGroup group = flagship.groupsOf(new ActivityId(step)).get(0);
            assertEquals(PurposeStep.PARENT_SCENARIO, group.step());
            assertEquals(new ActivityId("partner-loans-on-platform"), group.purposesFrom());
            assertEquals(List.of(new PurposeKey("loan.platform-service")), group.purposes());
        }
    }

    @Test
    void aParentCycleNeitherLoopsNorThrows() {
        String yaml = """
                id: cycle
                languages: [zh]
                jurisdiction: CN
                document: {title: {zh: 环, en: Cycle}}
                controller: {legalName: 某公司, name: {zh: 某, en: Some}, source: 前言}
                activities:
                  - {id: a, label: {zh: 甲, en: A}, parent: b, collects: [{categories: [identity.name]}], source: 一}
                  - {id: b, label: {zh: 乙, en: B}, parent: a, source: 二}
                disclosures:
                  - {id: d, kind: SHARE, label: {zh: 丙, en: C}, activities: [a], source: 三}
                """;
        Policy policy = PolicyIO.read("cycle.yaml", yaml.getBytes(StandardCharsets.UTF_8), Format.YAML).orThrow();
        assertFalse(PolicyValidator.check(policy).valid(), "validation refuses the cycle");
        PolicyIndex index = PolicyIndex.of(policy, Taxonomy.forPolicy(policy));
        assertEquals(PurposeStep.NONE, index.groupsOf(new ActivityId("a")).get(0).step());
        assertEquals(List.of("a", "b"), index.carriage(new DisclosureId("d")).scenarios().stream()
                .map(s -> s.id().value()).toList());
    }

    @Test
    void compiledOnceAndSharedBetweenThreads() throws Exception {
        ValidatedPolicy valid = PolicyValidator.read(FIXTURE).orThrow();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PolicyIndex>> seen = pool.invokeAll(java.util.Collections.nCopies(16, valid::index));
            for (Future<PolicyIndex> f : seen) {
                assertSame(seen.get(0).get(), f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
