package io.github.ppm.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ppm.core.Valid;
import io.github.ppm.model.MaterialChangeKind;
import io.github.ppm.model.Policy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Structural diff and material-change verdicts on hand-made versions of the flagship. */
class DiffsTest {
    @Test
    void aPolicyHasNoChangesAgainstItself() throws Exception {
        Policy p = FlagshipVersions.read(FlagshipVersions.original());
        PolicyDiff diff = Diffs.compare(Valid.of(p), Valid.of(p));
        assertEquals(List.of(), diff.changes());
        assertFalse(diff.material());
    }

    @Test
    void reorderingIsNoChange() throws Exception {
        Policy p = FlagshipVersions.read(FlagshipVersions.original());
        List<io.github.ppm.model.Sdk> reversed = new java.util.ArrayList<>(p.sdks());
        java.util.Collections.reverse(reversed);
        Policy q = new Policy(p.id(), p.version(), p.effectiveDate(), p.updated(), p.languages(), p.jurisdiction(),
                p.document(), p.controller(), p.categories(), p.purposes(), p.parties(), p.activities(),
                p.permissions(), reversed, p.disclosures(), p.consentExceptions(), p.storage(), p.retention(),
                p.measures(), p.incidents(), p.rights(), p.requests(), p.cessation(), p.cookies(), p.minors(),
                p.changes(), p.clauses(), p.links(), p.suppressions());
        assertEquals(List.of(), Diffs.compare(Valid.of(p), Valid.of(q)).changes(), "objects are matched by id, not by position");
    }

    @Test
    void aWordingChangeIsNotMaterial() throws Exception {
        String yaml = FlagshipVersions.original();
        PolicyDiff diff = Diffs.compare(Valid.of(FlagshipVersions.read(yaml)), Valid.of(FlagshipVersions.read(FlagshipVersions.wording(yaml))));
        assertEquals(1, diff.changes().size(), diff.changes().toString());
        Change change = diff.changes().get(0);
        assertEquals(ChangeKind.CHANGED, change.kind());
        assertEquals("sdks", change.collection());
        assertEquals("jiguang-push", change.id());
        assertEquals("/sdks/0", change.oldPath());
        assertEquals("一.(五).1", change.section().value());
        assertEquals(List.of("/sdks/0/label", "/sdks/0/purposeLabel"), change.fields().stream().map(FieldChange::path).toList());
        assertFalse(change.material());
        assertEquals("wording", change.note());
        assertFalse(diff.material());
    }

    @Test
    void anSdkAskingForAPermissionThatReachesNewDataIsAMaterialChangeOfCategories() throws Exception {
        String yaml = FlagshipVersions.original();
        // The calendar permission reaches content.calendar, which the flagship never names.
        String newer = FlagshipVersions.edit(yaml, "permissions: [storage, location, device-info]",
                "permissions: [storage, location, device-info, calendar]");
        PolicyDiff diff = Diffs.compare(Valid.of(FlagshipVersions.read(yaml)), Valid.of(FlagshipVersions.read(newer)));
        assertTrue(diff.material());
        Change sdk = diff.changes().get(0);
        assertEquals("baidu-location", sdk.id());
        assertTrue(sdk.criteria().stream().anyMatch(c -> c.kind() == MaterialChangeKind.DATA_CATEGORIES), sdk.toString());
        // A permission that reaches only what the policy already names is a change of processing method only.
        String known = FlagshipVersions.edit(yaml, "permissions: [storage, location, device-info]",
                "permissions: [storage, location, device-info, location.precise]");
        Change method = Diffs.compare(Valid.of(FlagshipVersions.read(yaml)), Valid.of(FlagshipVersions.read(known)))
                .changes().get(0);
        assertTrue(method.criteria().stream().noneMatch(c -> c.kind() == MaterialChangeKind.DATA_CATEGORIES),
                method.toString());
    }

    @Test
    void aNewSdkReceivingLocationIsMaterialAndNamesItsCriteria() throws Exception {
        String yaml = FlagshipVersions.original();
        PolicyDiff diff = Diffs.compare(Valid.of(FlagshipVersions.read(yaml)), Valid.of(FlagshipVersions.read(FlagshipVersions.newSdk(yaml))));
        assertTrue(diff.material());
        Change sdk = diff.changes().stream().filter(c -> c.collection().equals("sdks")).findFirst().orElseThrow();
        assertEquals(ChangeKind.ADDED, sdk.kind());
        assertEquals("amap-location", sdk.id());
        assertEquals("/sdks/12", sdk.newPath());
        assertNull(sdk.oldPath());
        assertEquals("一.(五).10", sdk.section().value());
        assertTrue(sdk.material());
        assertEquals(List.of(MaterialChangeKind.RECIPIENTS, MaterialChangeKind.PROCESSING_METHOD),
                sdk.criteria().stream().map(Criterion::kind).toList(), "location was declared before: no new category");
        Criterion recipients = sdk.criteria().get(0);
        assertEquals("PIPL Art. 23; GB/T 35273-2020 Annex D", recipients.statute());
        assertNull(recipients.policy(), "the flagship's 七 does not list recipients");
        Criterion method = sdk.criteria().get(1);
        assertEquals("七.(一).2", method.policy().source().value(), "the policy's own criterion: processing methods");
        Change party = diff.changes().stream().filter(c -> c.collection().equals("parties")).findFirst().orElseThrow();
        assertFalse(party.material(), "a party alone receives nothing");
        assertEquals(Set.of(MaterialChangeKind.RECIPIENTS, MaterialChangeKind.PROCESSING_METHOD), diff.kinds());
    }

    @Test
    void aCategoryNoVersionHadBeforeAddsTheDataCriterion() throws Exception {
        String yaml = FlagshipVersions.original();
        String newer = FlagshipVersions.newSdk(yaml).replace(
                "categories: [location.precise.coordinates, network.wifi.bssid]",
                "categories: [location.precise.coordinates, health.condition]");
        PolicyDiff diff = Diffs.compare(Valid.of(FlagshipVersions.read(yaml)), Valid.of(FlagshipVersions.read(newer)));
        Change sdk = diff.changes().stream().filter(c -> c.collection().equals("sdks")).findFirst().orElseThrow();
        assertTrue(sdk.criteria().stream().anyMatch(c -> c.kind() == MaterialChangeKind.DATA_CATEGORIES
                && c.policy().source().value().equals("七.(一).2")), sdk.criteria().toString());
    }

    @Test
    void removingAnSdkNarrowsAndIsNotMaterial() throws Exception {
        String yaml = FlagshipVersions.original();
        PolicyDiff diff = Diffs.compare(Valid.of(FlagshipVersions.read(FlagshipVersions.newSdk(yaml))), Valid.of(FlagshipVersions.read(yaml)));
        Change sdk = diff.changes().stream().filter(c -> c.collection().equals("sdks")).findFirst().orElseThrow();
        assertEquals(ChangeKind.REMOVED, sdk.kind());
        assertEquals("/sdks/12", sdk.oldPath());
        assertEquals("narrows", sdk.note());
        assertFalse(diff.material());
    }

    @Test
    void aNewPurposeForADisclosureIsMaterial() throws Exception {
        String yaml = FlagshipVersions.original();
        String newer = FlagshipVersions.edit(yaml, "    purposes: [partner-evaluation]\n    activities: [partner-evaluation]",
                "    purposes: [partner-evaluation, marketing.direct]\n    activities: [partner-evaluation]");
        PolicyDiff diff = Diffs.compare(Valid.of(FlagshipVersions.read(yaml)), Valid.of(FlagshipVersions.read(newer)));
        Change change = diff.changes().stream().filter(c -> c.id().equals("share-partner-evaluation")).findFirst()
                .orElseThrow(() -> new AssertionError(diff.changes().toString()));
        assertEquals(List.of(MaterialChangeKind.PURPOSE), change.criteria().stream().map(Criterion::kind).toList());
        assertEquals("/disclosures/25/purposes", change.fields().get(0).path());
    }

    @Test
    void aNewHotlineChangesTheControllersContact() throws Exception {
        String yaml = FlagshipVersions.original();
        String newer = yaml.replace("normalised: \"95105520\"", "normalised: \"95105521\"");
        PolicyDiff diff = Diffs.compare(Valid.of(FlagshipVersions.read(yaml)), Valid.of(FlagshipVersions.read(newer)));
        Change controller = diff.changes().get(0);
        assertEquals("controller", controller.collection());
        assertEquals(MaterialChangeKind.CONTROLLER_IDENTITY_OR_CONTACT, controller.criteria().get(0).kind());
        assertEquals("七.(一).1", controller.criteria().get(0).policy().source().value());
    }

    @Test
    void aLongerRetentionIsMaterial() throws Exception {
        String yaml = FlagshipVersions.original();
        String newer = FlagshipVersions.edit(yaml, "minimum: P5Y", "minimum: P10Y");
        PolicyDiff diff = Diffs.compare(Valid.of(FlagshipVersions.read(yaml)), Valid.of(FlagshipVersions.read(newer)));
        assertEquals(Set.of(MaterialChangeKind.RETENTION), diff.kinds());
        assertTrue(diff.changes().get(0).newPath().startsWith("/retention/"));
    }

    @Test
    void writersAgreeOnTheVerdict() throws Exception {
        String yaml = FlagshipVersions.original();
        PolicyDiff diff = Diffs.compare(Valid.of(FlagshipVersions.read(yaml)), Valid.of(FlagshipVersions.read(FlagshipVersions.newSdk(yaml))));
        String human = new DiffWriter(DiffWriter.Format.HUMAN, "en").write(diff);
        assertTrue(human.startsWith("+ parties/amap  /parties/63  (一.(五).10)\n"), human);
        assertTrue(human.contains("+ sdks/amap-location  /sdks/12  (一.(五).10)\n"
                + "    material: recipients — PIPL Art. 23; GB/T 35273-2020 Annex D; not among the policy's own criteria\n"
                + "    material: processing methods — PIPL Art. 14 para. 2; the policy's own criterion 七.(一).2: "
                + "processing methods change\n"), human);
        assertTrue(human.endsWith("1 material change(s) (processing methods, recipients): users must consent again "
                + "(PIPL Art. 14 para. 2)\n"), human);
        JsonNode json = new ObjectMapper().readTree(new DiffWriter(DiffWriter.Format.JSON, "en").write(diff));
        assertTrue(json.path("material").asBoolean());
        assertEquals("七.(一)", json.path("reconsentPromise").asText());
        assertEquals("RECIPIENTS", json.path("changes").get(1).path("criteria").get(0).path("kind").asText());
        String md = new DiffWriter(DiffWriter.Format.MD, "zh").write(diff);
        assertTrue(md.contains("| + | sdks/amap-location — 高德定位 SDK | `/sdks/12` | 一.(五).10 | **重大变更**"), md);
    }
}
