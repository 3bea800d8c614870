package io.github.ppm.core.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ppm.core.Valid;
import io.github.ppm.core.io.DocumentException;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.core.validate.Validation;
import io.github.ppm.model.ConsentException;
import io.github.ppm.model.LegalBasis;
import io.github.ppm.model.Policy;
import io.github.ppm.model.PurposeKey;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The guard's semantics on a small policy with every kind of declaration and exception. */
class PolicyGuardTest {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures/guard");
    static final Policy SMALL = PolicyIO.read(FIXTURES.resolve("small.yaml")).orThrow();
    static final PolicyGuard GUARD = PolicyGuard.compile(Valid.of(SMALL));

    @Test
    void theFixtureIsValid() {
        assertTrue(PolicyValidator.validate(PolicyIO.read(FIXTURES.resolve("small.yaml"))).isEmpty(),
                PolicyValidator.validate(PolicyIO.read(FIXTURES.resolve("small.yaml"))).diagnostics().toString());
    }

    @Test
    void everyFlowOfTheTableGetsItsDecision() throws Exception {
        FlowTable table = FlowTable.read(FIXTURES.resolve("small-flows.tsv"));
        assertTrue(table.rows().size() >= 30, table.summary());
        for (FlowTable.Row row : table.rows()) {
            row.check(GUARD);
        }
        for (Outcome outcome : Outcome.values()) {
            assertTrue(table.rows().stream().anyMatch(r -> r.outcome() == outcome), "table covers " + outcome);
        }
    }

    @Test
    void aCollectionAndUseExceptionNeverAllowsAProvision() {
        Flow flow = Flow.toSdk("financial.loan.disbursement-account", "loan.disbursement", "pay", ConsentState.NONE);
        assertEquals(Outcome.ALLOWED_BY_EXCEPTION, GUARD.decide(flow).outcome());
        List<ConsentException> onlyUse = SMALL.consentExceptions().stream()
                .filter(e -> !e.id().value().equals("share-contract")).toList();
        PolicyGuard without = PolicyGuard.compile(Valid.of(withExceptions(SMALL, onlyUse)));
        Decision decision = without.decide(flow);
        assertEquals(Outcome.NEEDS_CONSENT, decision.outcome(), decision.toString());
        assertEquals(Processing.PROVISION, decision.processing());
    }

    @Test
    void aGroundWithoutPiplBasisNeverAllows() {
        // The only collection-and-use exception left has a GB/T ground with no PIPL basis.
        List<ConsentException> onlySecurity = SMALL.consentExceptions().stream()
                .filter(e -> e.id().value().equals("use-security")).toList();
        PolicyGuard guard = PolicyGuard.compile(Valid.of(withExceptions(SMALL, onlySecurity)),
                GuardOptions.DEFAULT.withStatutoryPurposes(Map.of(LegalBasis.LEGAL_DUTY,
                        List.of(new PurposeKey("loan")))));
        Decision decision = guard.decide(Flow.toRecipient("identity.name", "loan.disbursement", "bank",
                ConsentState.WITHDRAWN));
        assertEquals(Outcome.NEEDS_CONSENT, decision.outcome(), decision.toString());
    }

    @Test
    void statutoryPurposesAreAnOption() {
        Flow flow = Flow.toRecipient("contact.phone", "fraud.prevention", "stranger", ConsentState.NONE);
        assertEquals(Outcome.UNDECLARED, GUARD.decide(flow).outcome());
        PolicyGuard wider = PolicyGuard.compile(Valid.of(SMALL), GuardOptions.DEFAULT.withStatutoryPurposes(
                Map.of(LegalBasis.LEGAL_DUTY, List.of(new PurposeKey("fraud")))));
        assertEquals(Outcome.ALLOWED_BY_EXCEPTION, wider.decide(flow).outcome());
    }

    @Test
    void decisionsAreSharedNotAllocated() {
        Flow flow = Flow.toSdk("device.identifier.imei", "push-delivery", "push", ConsentState.GIVEN);
        assertSame(GUARD.decide(flow), GUARD.decide(flow));
        assertSame(GUARD.decide(flow), GUARD.decide("device.identifier.imei", "push-delivery", TargetKind.SDK,
                "push", ConsentState.GIVEN));
    }

    @Test
    void concurrentCallersGetTheSameAnswers() throws Exception {
        FlowTable table = FlowTable.read(FIXTURES.resolve("small-flows.tsv"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        for (FlowTable.Row row : table.rows()) {
                            if (GUARD.decide(row.flow()).outcome() != row.outcome()) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void humanOutputCitesSectionsInBothLanguages() {
        Flow flow = Flow.toRecipient("identity.name", "loan.disbursement", "bank", ConsentState.WITHDRAWN);
        Decision decision = GUARD.decide(flow);
        String en = DecisionWriter.human("en").write(SMALL.id().value(), flow, decision);
        assertEquals("""
                allowed by a consent exception [ALLOWED_BY_EXCEPTION]
                  flow: `identity.name` for `loan.disbursement` to party `bank`, consent withdrawn
                  why: the policy declares this flow, and consent exception `use-contract` covers its purpose \
                on the basis of PIPL Art. 13(2) [EXCEPTION_APPLIES]
                  processing: entrusted processing (PIPL Art. 21): the handover needs no separate consent, \
                the processing still needs its basis
                  exception: use-contract, PIPL_CONTRACT (PIPL 13(2)), CONTRACT (PIPL Art. 13(2))
                  relied on:
                    二.(四).2  disclosure bank-payments  Banks pay out the loan  (/disclosures/1)
                    一.(八).7  consent-exception use-contract  Necessary for a contract  (/consentExceptions/0)
                """, en);
        String zh = DecisionWriter.human("zh").write(SMALL.id().value(), flow, decision);
        assertTrue(zh.startsWith("依同意例外允许 [ALLOWED_BY_EXCEPTION]\n"), zh);
        assertTrue(zh.contains("委托银行放款"), zh);
    }

    @Test
    void jsonOutputCarriesEverything() throws Exception {
        Flow flow = Flow.toRecipient("contact.phone", "legal-compliance", "police", ConsentState.NONE);
        JsonNode json = new ObjectMapper().readTree(
                DecisionWriter.json("en").write(SMALL.id().value(), flow, GUARD.decide(flow)));
        assertEquals("guard-small", json.path("policy").asText());
        assertEquals("police", json.path("flow").path("recipient").asText());
        assertEquals("ALLOWED_BY_EXCEPTION", json.path("outcome").asText());
        assertTrue(json.path("allowed").asBoolean());
        assertEquals("LEGAL_DUTY", json.path("exception").path("legalBasis").asText());
        assertEquals("13(3)", json.path("exception").path("piplArticle").asText());
        assertEquals("GB/T 35273-2020 5.6 a)", json.path("exception").path("groundCitation").asText());
        assertEquals("二.(五).1.1", json.path("citations").get(0).path("section").asText());
    }

    @Test
    void aBrokenPolicyCannotBeCompiled() {
        // A disclosure naming a party and a scenario that do not exist, and a scenario that is its own parent.
        String yaml = """
                id: broken
                languages: [zh]
                jurisdiction: CN
                document: {title: {zh: 坏, en: Broken}}
                controller: {legalName: 某公司, name: {zh: 某, en: Some}, source: 前言}
                activities:
                  - {id: a, label: {zh: 甲, en: A}, parent: a, collects: [{categories: [no.such.key]}], source: 一}
                disclosures:
                  - {id: d, kind: SHARE, label: {zh: 乙, en: B}, recipients: [ghost], activities: [a, nowhere],
                     purposes: [made-up], source: 二}
                """;
        Validation validation = PolicyValidator.check(PolicyIO.read("broken.yaml",
                yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), io.github.ppm.core.io.Format.YAML));
        assertFalse(validation.valid());
        assertTrue(validation.report().diagnostics().stream().anyMatch(d -> d.rule().equals("PPM-REF-CYCLE")));
        // The only way to a guard is through validation, which refuses with the diagnostics.
        DocumentException refused = assertThrows(DocumentException.class,
                () -> PolicyGuard.compile(validation.orThrow()));
        assertEquals(validation.report(), refused.report());
    }

    @Test
    void thePublicApiCompilesOnlyValidatedPolicies() {
        for (Method m : PolicyGuard.class.getMethods()) {
            if (m.getName().equals("compile")) {
                assertEquals(ValidatedPolicy.class, m.getParameterTypes()[0], m.toString());
            }
        }
        // Nothing outside the validator can make a ValidatedPolicy.
        for (Constructor<?> c : ValidatedPolicy.class.getDeclaredConstructors()) {
            assertFalse(Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers()), c.toString());
        }
    }

    private static Policy withExceptions(Policy p, List<ConsentException> exceptions) {
        return new Policy(p.id(), p.version(), p.effectiveDate(), p.updated(), p.languages(), p.jurisdiction(),
                p.document(), p.controller(), p.categories(), p.purposes(), p.parties(), p.activities(),
                p.permissions(), p.sdks(), p.disclosures(), exceptions, p.storage(), p.retention(), p.measures(),
                p.incidents(), p.rights(), p.requests(), p.cessation(), p.cookies(), p.minors(), p.changes(),
                p.clauses(), p.links(), p.suppressions());
    }
}
