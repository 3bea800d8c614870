package io.github.ppm.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.RepoFiles;
import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.disclosure.Cell;
import io.github.ppm.core.disclosure.Row;
import io.github.ppm.core.disclosure.Table;
import io.github.ppm.core.disclosure.TableKind;
import io.github.ppm.core.disclosure.Tables;
import io.github.ppm.core.generate.GeneratorOptions;
import io.github.ppm.core.generate.PolicyGenerator;
import io.github.ppm.core.guard.ConsentState;
import io.github.ppm.core.guard.Decision;
import io.github.ppm.core.guard.Outcome;
import io.github.ppm.core.guard.PolicyGuard;
import io.github.ppm.core.guard.Reason;
import io.github.ppm.core.guard.TargetKind;
import io.github.ppm.core.lint.Lint;
import io.github.ppm.core.lint.LintOptions;
import io.github.ppm.core.query.PolicyQuery;
import io.github.ppm.core.query.PurposeUse;
import io.github.ppm.core.query.QueryResult;
import io.github.ppm.core.query.Sparql;
import io.github.ppm.core.rdf.RdfOptions;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.PartyId;
import io.github.ppm.model.PermissionKey;
import io.github.ppm.model.Policy;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.Sdk;
import io.github.ppm.model.SdkId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One meaning in one place: for every data group, lint, the collection list, the guard, the typed
 * queries and the RDF export agree on its purposes; for every SDK, the sharing list, the guard, the
 * typed queries and the RDF export agree on what it receives and which of it comes only through a
 * permission. Over the flagship, the disclosure fixtures and generated policies; any disagreement fails.
 */
class ConsumersAgreementTest {
    private static final String RECEIVES = """
            SELECT ?sdk ?category ?viaPermission WHERE {
              ?s a ppm:Sdk ; dct:identifier ?sdk ; ppm:receives ?c .
              ?c skos:notation ?category .
              BIND(EXISTS { ?s ppm:receivesThroughPermission ?c } AS ?viaPermission)
            }""";
    private static final String GROUP_PURPOSES = """
            SELECT ?group ?purpose WHERE { ?group ppm:effectivePurpose ?p . ?p skos:notation ?purpose }""";

    static Stream<Arguments> policies() {
        List<Arguments> all = new ArrayList<>();
        Path fixtures = RepoFiles.root().resolve("core/src/test/resources/fixtures/disclosure");
        for (Path file : List.of(RepoFiles.flagship(), fixtures.resolve("small.yaml"), fixtures.resolve("hostile.yaml"))) {
            all.add(Arguments.of(file.getFileName().toString(), PolicyValidator.read(file).orThrow()));
        }
        // Generated policies exercise shapes the examples lack; in every third, the first SDK states only permissions.
        for (int seed = 1; seed <= 30; seed++) {
            Policy policy = PolicyGenerator.generate(GeneratorOptions.DEFAULT.withSeed(seed * 7L));
            if (seed % 3 == 0) {
                policy = withPermissionsOnlySdk(policy);
            }
            all.add(Arguments.of(policy.id().value(), PolicyValidator.check(policy).orThrow()));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void everyOutputGivesADataGroupTheSamePurposes(String name, ValidatedPolicy valid) {
        PolicyIndex index = valid.index();
        PolicyGuard guard = PolicyGuard.compile(valid);
        PolicyQuery query = PolicyQuery.of(valid);
        Map<String, List<String>> table = keysBySource(Tables.build(valid, TableKind.COLLECTION), "purposes");
        Set<String> lintNoPurpose = new TreeSet<>();
        for (Diagnostic d : Lint.lint(valid, LintOptions.DEFAULT).diagnostics()) {
            if (d.rule().equals("PIPL-28")) {
                lintNoPurpose.add(d.location().pointer());
            }
        }
        Map<String, Set<String>> rdf = new HashMap<>();
        String base = RdfOptions.DEFAULT.baseIri() + valid.policy().id().value();
        for (Map<String, String> row : select(valid, GROUP_PURPOSES).rows()) {
            rdf.computeIfAbsent(row.get("group"), k -> new TreeSet<>()).add(row.get("purpose"));
        }
        for (DataGroup group : index.groups()) {
            List<String> purposes = group.purposes().stream().map(PurposeKey::value).toList();
            String at = name + " " + group.pointer();
            boolean scenario = group.pointer().startsWith("/activities/");
            if (scenario) {
                assertEquals(purposes, table.get(group.pointer()), at + ": collection list");
            }
            assertEquals(new TreeSet<>(purposes), rdf.getOrDefault(groupIri(base, group), Set.of()), at + ": RDF");
            boolean sensitive = !index.sensitiveOf(group.categories()).isEmpty();
            assertEquals(sensitive && purposes.isEmpty(), lintNoPurpose.contains(group.pointer()), at + ": lint PIPL-28");
            for (CategoryKey category : group.categories()) {
                List<PurposeUse> uses = query.purposesOf(category);
                for (PurposeKey purpose : group.purposes()) {
                    assertTrue(uses.contains(new PurposeUse(purpose, group.owner().value(),
                            index.place(group.owner()).orElseThrow().section())), at + ": typed query " + purpose);
                    if (!scenario) {
                        assertEquals(Outcome.ALLOWED_AS_DECLARED, guard.decide(category.value(), purpose.value(),
                                TargetKind.SDK, group.owner().value(), ConsentState.GIVEN).outcome(), at + ": guard");
                    }
                }
            }
        }
        // A scenario's purposes reach the guard through the disclosures that carry it without purposes of their own.
        for (Carriage carriage : index.carriages()) {
            for (Receipt r : carriage.receipts()) {
                for (PartyId recipient : carriage.disclosure().recipients()) {
                    for (PurposeKey purpose : r.purposes()) {
                        Decision decision = guard.decide(r.category().value(), purpose.value(), TargetKind.RECIPIENT,
                                recipient.value(), ConsentState.GIVEN);
                        assertTrue(decision.allowed(), name + " " + carriage.pointer() + " " + r + ": " + decision);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void everyOutputGivesAnSdkTheSameData(String name, ValidatedPolicy valid) {
        PolicyIndex index = valid.index();
        PolicyGuard guard = PolicyGuard.compile(valid);
        PolicyQuery query = PolicyQuery.of(valid);
        Table sharing = Tables.build(valid, TableKind.SHARING);
        Map<String, List<String>> tableData = keysBySource(sharing, "data");
        Map<String, Set<String>> rdf = new HashMap<>();
        Map<String, Set<String>> rdfViaPermission = new HashMap<>();
        for (Map<String, String> row : select(valid, RECEIVES).rows()) {
            rdf.computeIfAbsent(row.get("sdk"), k -> new TreeSet<>()).add(row.get("category"));
            if (row.get("viaPermission").equals("true")) {
                rdfViaPermission.computeIfAbsent(row.get("sdk"), k -> new TreeSet<>()).add(row.get("category"));
            }
        }
        List<String> keys = index.categoryClosure().keys();
        String purpose = index.purposeClosure().keys().get(0);
        for (int i = 0; i < valid.policy().sdks().size(); i++) {
            Sdk sdk = valid.policy().sdks().get(i);
            SdkId id = sdk.id();
            String at = name + " " + id.value();
            List<Receipt> receipts = index.receivedBy(id);
            List<String> received = PolicyIndex.categoriesOf(receipts).stream().map(CategoryKey::value).toList();
            Set<String> viaPermission = new TreeSet<>(PolicyIndex.onlyThroughPermission(receipts).stream()
                    .map(CategoryKey::value).toList());
            assertEquals(received, tableData.get("/sdks/" + i), at + ": sharing list");
            assertEquals(received, query.categoriesReceivedBy(id).stream().map(CategoryKey::value).toList(), at + ": typed");
            assertEquals(new TreeSet<>(received), rdf.getOrDefault(id.value(), Set.of()), at + ": RDF");
            assertEquals(viaPermission, rdfViaPermission.getOrDefault(id.value(), Set.of()), at + ": RDF via permission");
            int sdkIndex = i;
            Row row = sharing.rows().stream().filter(r -> r.source().equals("/sdks/" + sdkIndex)).findFirst().orElseThrow();
            assertMarked(sharing, row, receipts, viaPermission, at);
            for (String key : keys) {
                CategoryKey category = new CategoryKey(key);
                boolean declared = receipts.stream().anyMatch(r -> category.isWithin(r.category()));
                Decision decision = guard.decide(key, purpose, TargetKind.SDK, id.value(), ConsentState.GIVEN);
                boolean guardDeclares = decision.reason() != Reason.NOT_DECLARED
                        && decision.reason() != Reason.DATA_PARTLY_DECLARED;
                assertEquals(declared, guardDeclares, at + " " + key + ": guard " + decision);
                boolean typed = query.sdksReceiving(category).contains(sdk);
                assertEquals(receipts.stream().anyMatch(r -> r.category().isWithin(category)), typed, at + " " + key);
                if (typed) {
                    Reach reach = receipts.stream().filter(r -> r.category().isWithin(category))
                            .allMatch(r -> r.reach() == Reach.PERMISSION) ? Reach.PERMISSION : Reach.DIRECT;
                    assertEquals(reach, query.reach(id, category).orElseThrow(), at + " " + key + ": reach");
                }
            }
            for (Receipt r : receipts) {
                for (PurposeKey p : r.purposes()) {
                    Decision decision = guard.decide(r.category().value(), p.value(), TargetKind.SDK, id.value(),
                            ConsentState.GIVEN);
                    assertTrue(decision.allowed(), at + " " + r + ": " + decision);
                    boolean citesPermission = decision.citations().stream().anyMatch(c -> c.kind().equals("permission"));
                    assertEquals(viaPermission.contains(r.category().value()), citesPermission, at + " " + r + ": the guard marks data reached through a permission");
                }
            }
        }
    }

    /** The policy with its first SDK stating no data, only the permissions it asks for ("需要访问您的位置权限"). */
    static Policy withPermissionsOnlySdk(Policy p) {
        if (p.sdks().isEmpty()) {
            return p;
        }
        Sdk s = p.sdks().get(0);
        List<PermissionKey> permissions = List.of(new PermissionKey("location"), new PermissionKey("microphone"));
        Sdk only = new Sdk(s.id(), s.label(), s.provider(), s.functions(), List.of(), permissions, s.purposes(),
                s.purposeLabel(), s.collectionMethods(), s.deidentified(), s.deidentification(), s.privacyPolicyUrl(),
                s.role(), s.platforms(), s.source());
        List<Sdk> sdks = new ArrayList<>(p.sdks());
        sdks.set(0, only);
        return new Policy(p.id(), p.version(), p.effectiveDate(), p.updated(), p.languages(), p.jurisdiction(),
                p.document(), p.controller(), p.categories(), p.purposes(), p.parties(), p.activities(),
                p.permissions(), sdks, p.disclosures(), p.consentExceptions(), p.storage(), p.retention(), p.measures(),
                p.incidents(), p.rights(), p.requests(), p.cessation(), p.cookies(), p.minors(), p.changes(),
                p.clauses(), p.links(), p.suppressions());
    }

    /** The categories reached only through a permission are named after a marker of each such permission. */
    private static void assertMarked(Table table, Row row, List<Receipt> receipts, Set<String> viaPermission, String at) {
        Cell data = cell(table, row, "data");
        long permissions = receipts.stream().filter(r -> viaPermission.contains(r.category().value()))
                .map(Receipt::through).distinct().count();
        long marked = data.text().en().split("through the ", -1).length - 1;
        assertEquals(permissions, marked, at + ": marked in " + data.text().en());
        assertEquals(permissions, data.text().zh().split("权限：", -1).length - 1, at + ": marked in " + data.text().zh());
    }

    private static String groupIri(String base, DataGroup group) {
        String segment = group.owner() instanceof SdkId ? "sdk" : "activity";
        return base + "/" + segment + "/" + group.owner().value() + "/collects/" + (group.index() + 1);
    }

    private static QueryResult select(ValidatedPolicy valid, String sparql) {
        Dataset dataset = Sparql.dataset(valid, RdfOptions.DEFAULT);
        return Sparql.select(dataset, Sparql.parse(sparql));
    }

    private static Map<String, List<String>> keysBySource(Table table, String column) {
        Map<String, List<String>> result = new HashMap<>();
        for (Row row : table.rows()) {
            result.put(row.source(), cell(table, row, column).keys());
        }
        return result;
    }

    private static Cell cell(Table table, Row row, String column) {
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.columns().get(c).id().equals(column)) {
                return row.cells().get(c);
            }
        }
        throw new AssertionError("no column " + column);
    }
}
