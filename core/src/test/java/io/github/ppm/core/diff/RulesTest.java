package io.github.ppm.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.Valid;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.Channel;
import io.github.ppm.model.DataCollection;
import io.github.ppm.model.Policy;
import io.github.ppm.model.Sdk;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The materiality table is bound to the model: every component the diff looks into has one row. */
class RulesTest {
    @Test
    void everyComponentTheDiffLooksIntoIsClassifiedAndEveryRowIsReal() {
        assertEquals(List.of(), Rules.MODEL.problems());
    }

    @Test
    void aComponentWithoutARowIsNamed() {
        List<String> problems = without(Sdk.class, "purposeLabel").problems();
        assertEquals(List.of("`Sdk.purposeLabel` is not classified: add a row saying whether its change is material"),
                problems);
        assertTrue(without(DataCollection.class, "necessity").problems()
                .contains("`DataCollection.necessity` is not classified: add a row saying whether its change is material"),
                "the entries of a pooled list are looked into");
        assertTrue(without(Channel.class, "label").problems()
                .contains("`Channel.label` is not classified: add a row saying whether its change is material"),
                "so are the entries of a list compared without their wording");
    }

    @Test
    void aRowForAComponentTheModelDoesNotHaveIsNamed() {
        Map<Class<? extends Record>, Map<String, Rules.Classification>> table = new HashMap<>(Rules.MODEL.table());
        Map<String, Rules.Classification> sdk = new HashMap<>(table.get(Sdk.class));
        sdk.put("purposeLabels", new Rules.NotMaterial(Rules.Reason.WORDING));
        table.put(Sdk.class, sdk);
        table.put(io.github.ppm.model.Text.class, Map.of("zh", new Rules.NotMaterial(Rules.Reason.WORDING)));
        assertEquals(List.of("the table classifies `Sdk.purposeLabels`, which the model does not have",
                "the table classifies `Text`, which the diff never looks into"), new Rules(table).problems());
    }

    @Test
    void aChangeOfAnUnclassifiedComponentIsMaterial() throws Exception {
        String yaml = FlagshipVersions.original();
        ValidatedPolicy before = Valid.of(FlagshipVersions.read(yaml));
        ValidatedPolicy after = Valid.of(FlagshipVersions.read(FlagshipVersions.wording(yaml)));
        assertFalse(Diffs.compare(before, after).material(), "with its row, the reworded purpose is wording");
        PolicyDiff diff = Diffs.compare(before, after, without(Sdk.class, "purposeLabel"));
        assertTrue(diff.material(), "without its row it is material until someone decides");
        Change change = diff.changes().get(0);
        assertTrue(change.material());
        assertEquals("unclassified", change.note());
        assertEquals(List.of(), change.criteria());
        String human = new DiffWriter(DiffWriter.Format.HUMAN, "en").write(diff);
        assertTrue(human.contains("    material: a field no rule classifies changed: material until someone classifies it\n"),
                human);
        assertTrue(human.endsWith("1 material change(s) (unclassified fields): users must consent again"
                + " (PIPL Art. 14 para. 2)\n"), human);
    }

    @Test
    void anUnclassifiedTopLevelComponentIsMaterial() throws Exception {
        String yaml = FlagshipVersions.original();
        ValidatedPolicy before = Valid.of(FlagshipVersions.read(yaml));
        ValidatedPolicy after = Valid.of(FlagshipVersions.read(FlagshipVersions.edit(yaml, "\njurisdiction: CN\n", "\njurisdiction: HK\n")));
        Change jurisdiction = Diffs.compare(before, after).changes().get(0);
        assertEquals("jurisdiction", jurisdiction.collection());
        assertFalse(jurisdiction.material());
        assertEquals("metadata", jurisdiction.note());
        Change unclassified = Diffs.compare(before, after, without(Policy.class, "jurisdiction")).changes().get(0);
        assertTrue(unclassified.material());
        assertEquals("unclassified", unclassified.note());
    }

    @Test
    void anUnclassifiedComponentOfCollectedDataIsMaterial() throws Exception {
        String yaml = FlagshipVersions.original();
        ValidatedPolicy before = Valid.of(FlagshipVersions.read(yaml));
        ValidatedPolicy after = Valid.of(FlagshipVersions.read(yaml.replaceFirst("necessity: REQUIRED", "necessity: OPTIONAL")));
        Change change = Diffs.compare(before, after).changes().get(0);
        assertFalse(change.material(), change.toString());
        assertEquals("metadata", change.note());
        Change unclassified = Diffs.compare(before, after, without(DataCollection.class, "necessity")).changes().get(0);
        assertTrue(unclassified.material());
        assertEquals("unclassified", unclassified.note());
    }

    @Test
    void aPurposeAddedToCollectedDataCountsUnderPurposes() throws Exception {
        String yaml = FlagshipVersions.original();
        String newer = FlagshipVersions.edit(FlagshipVersions.newSdk(yaml),
                "- categories: [location.precise.coordinates, network.wifi.bssid]",
                "- {categories: [location.precise.coordinates, network.wifi.bssid], purposes: [marketing.direct]}");
        PolicyDiff diff = Diffs.compare(Valid.of(FlagshipVersions.read(FlagshipVersions.newSdk(yaml))), Valid.of(FlagshipVersions.read(newer)));
        Change sdk = diff.changes().get(0);
        assertEquals("amap-location", sdk.id());
        assertEquals(List.of(io.github.ppm.model.MaterialChangeKind.PURPOSE),
                sdk.criteria().stream().map(Criterion::kind).toList());
    }

    @Test
    void aComponentIsLookedUpByRecordAndName() {
        assertTrue(Rules.MODEL.of(Sdk.class, "purposes") instanceof Rules.Material);
        assertNull(Rules.MODEL.of(Sdk.class, "purposeLabels"));
        assertEquals(DataCollection.class, Rules.recordOf(Sdk.class, "collects"));
        assertNull(Rules.recordOf(Sdk.class, "deidentified"), "a flag holds no record");
        assertNull(Rules.recordOf(Sdk.class, "purposeLabels"));
    }

    private static Rules without(Class<? extends Record> record, String component) {
        Map<Class<? extends Record>, Map<String, Rules.Classification>> table = new HashMap<>(Rules.MODEL.table());
        Map<String, Rules.Classification> rows = new HashMap<>(table.get(record));
        rows.remove(component);
        table.put(record, rows);
        return new Rules(table);
    }
}
