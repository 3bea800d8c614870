package io.github.ppm.core.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.PropertyListParser;
import io.github.ppm.core.Valid;
import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.io.PolicyIO;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store labels: the plist is a valid property list of the right shape, the CSV is Play's template. */
class StoreLabelsTest {
    static Stream<Path> policies() {
        return TablesTest.policies();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void applePrivacyManifestIsAValidPropertyListOfTheRightShape(Path file) throws Exception {
        StoreLabel label = StoreLabels.generate(Valid.of(PolicyIO.read(file)), StoreTarget.APPLE);
        NSObject parsed = PropertyListParser.parse(label.content().getBytes(StandardCharsets.UTF_8));
        NSDictionary root = assertInstanceOf(NSDictionary.class, parsed);
        assertEquals(Set.of("NSPrivacyTracking", "NSPrivacyTrackingDomains", "NSPrivacyCollectedDataTypes"),
                root.keySet());
        NSNumber tracking = assertInstanceOf(NSNumber.class, root.get("NSPrivacyTracking"));
        assertEquals(NSNumber.BOOLEAN, tracking.type());
        assertInstanceOf(NSArray.class, root.get("NSPrivacyTrackingDomains"));
        LabelMapping mapping = StoreLabels.mapping(StoreTarget.APPLE);
        Set<String> types = mapping.storeTypes().stream().map(LabelMapping.StoreValue::value).collect(Collectors.toSet());
        Set<String> purposes = mapping.storePurposes().stream().map(LabelMapping.StoreValue::value).collect(Collectors.toSet());
        boolean anyTracking = false;
        Set<String> seen = new HashSet<>();
        for (NSObject item : assertInstanceOf(NSArray.class, root.get("NSPrivacyCollectedDataTypes")).getArray()) {
            NSDictionary entry = assertInstanceOf(NSDictionary.class, item);
            assertEquals(Set.of("NSPrivacyCollectedDataType", "NSPrivacyCollectedDataTypeLinked",
                    "NSPrivacyCollectedDataTypeTracking", "NSPrivacyCollectedDataTypePurposes"), entry.keySet());
            String type = assertInstanceOf(NSString.class, entry.get("NSPrivacyCollectedDataType")).getContent();
            assertTrue(types.contains(type), type);
            assertTrue(seen.add(type), "each data type once: " + type);
            assertEquals(NSNumber.BOOLEAN, ((NSNumber) entry.get("NSPrivacyCollectedDataTypeLinked")).type());
            NSNumber typeTracking = (NSNumber) entry.get("NSPrivacyCollectedDataTypeTracking");
            assertEquals(NSNumber.BOOLEAN, typeTracking.type());
            anyTracking |= typeTracking.boolValue();
            for (NSObject purpose : assertInstanceOf(NSArray.class, entry.get("NSPrivacyCollectedDataTypePurposes")).getArray()) {
                assertTrue(purposes.contains(((NSString) purpose).getContent()), purpose.toString());
            }
        }
        assertEquals(anyTracking, tracking.boolValue(), "NSPrivacyTracking is true exactly when a type is tracking");
        assertTrue(rules(label).contains("PPM-LABEL-API-REASONS"), "required-reason APIs are always left to the author");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void playCsvIsTheFullFiveColumnTemplate(Path file) throws Exception {
        StoreLabel label = StoreLabels.generate(Valid.of(PolicyIO.read(file)), StoreTarget.PLAY);
        List<List<String>> rows = TablesTest.parseCsv(label.content());
        assertEquals(PlayDataSafety.HEADER, rows.get(0), "Play rejects any other header row");
        assertEquals(22 + 38 + 38 * 19, rows.size() - 1, "every question, data type and usage row");
        Set<String> ids = new HashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(5, row.size(), row.toString());
            assertTrue(ids.add(row.get(0) + "|" + row.get(1)), "each (question, response) once: " + row);
            assertTrue(Set.of("", "true", "false").contains(row.get(2)) || row.get(2).matches("https?://\\S+"), row.toString());
            assertTrue(Set.of("REQUIRED", "MAYBE_REQUIRED", "MULTIPLE_CHOICE", "SINGLE_CHOICE", "OPTIONAL").contains(row.get(3)));
            assertFalse(row.get(4).isBlank());
        }
        assertTrue(label.content().endsWith("\r\n"));
        assertFalse(label.content().startsWith("\uFEFF"), "the Play template has no byte order mark");
    }

    @Test
    void fixtureAndFlagshipMatchTheGoldenLabelsAndFindings() throws Exception {
        for (StoreTarget target : StoreTarget.values()) {
            for (var entry : Map.of("small", TablesTest.SMALL, "flagship", TablesTest.FLAGSHIP).entrySet()) {
                StoreLabel label = StoreLabels.generate(Valid.of(PolicyIO.read(entry.getValue())), target);
                Golden.check("disclosure/" + entry.getKey() + "/" + target.fileName(), label.content());
                // The findings too, with the file name taken out so that the golden does not depend on the path.
                String findings = ReportWriter.of(ReportFormat.HUMAN, "en")
                        .write(label.report()).replace(entry.getValue().toString(), "policy.yaml");
                Golden.check("disclosure/" + entry.getKey() + "/" + target.id() + "-findings.txt", findings);
            }
        }
    }

    @Test
    void whatCannotBeMappedIsReportedAtItsLineNotGuessed() {
        StoreLabel apple = StoreLabels.generate(Valid.of(PolicyIO.read(TablesTest.SMALL)), StoreTarget.APPLE);
        Diagnostic ip = find(apple, "PPM-LABEL-UNMAPPED-CATEGORY");
        assertTrue(ip.message().en().contains("`network.ip`"), ip.message().en());
        assertTrue(ip.location().line() > 0, "placed at a line of the policy");
        assertEquals("/sdks/0/collects/0", ip.location().pointer());
        assertTrue(ip.help().zh().contains("IP地址"), "the reason is given in Chinese too");
        assertFalse(apple.content().contains("CoarseLocation"), "an IP address is not guessed to be a location");
        assertTrue(rules(apple).contains("PPM-LABEL-NOT-FROM-DEVICE"));
        assertFalse(apple.content().contains("CreditInfo"), "a credit report pulled from a bureau is not collected by the app");

        StoreLabel play = StoreLabels.generate(Valid.of(PolicyIO.read(TablesTest.SMALL)), StoreTarget.PLAY);
        Diagnostic role = find(play, "PPM-LABEL-SDK-ROLE");
        assertEquals("/sdks/1", role.location().pointer());
        assertTrue(play.content().contains(
                "PSL_DATA_USAGE_RESPONSES:PSL_PHOTOS:PSL_DATA_USAGE_COLLECTION_AND_SHARING,PSL_DATA_USAGE_ONLY_SHARED,true,"),
                "the face SDK without a role shares the face photo");
        assertTrue(play.content().contains(
                "PSL_DATA_USAGE_RESPONSES:PSL_OTHER_PERSONAL:PSL_DATA_USAGE_COLLECTION_AND_SHARING,PSL_DATA_USAGE_ONLY_SHARED,,"),
                "reporting ID numbers to credit bureaus is a legal duty, not sharing");
        assertTrue(play.content().contains("PSL_ACCOUNT_DELETION_URL,,https://example.com/account/close,"));
        assertTrue(rules(play).contains("PPM-LABEL-UNANSWERED"), "account creation methods are not in a policy");
    }

    @Test
    void hostileValuesNeverReachTheLabelsUnescaped() throws Exception {
        for (StoreTarget target : StoreTarget.values()) {
            StoreLabel label = StoreLabels.generate(Valid.of(PolicyIO.read(TablesTest.HOSTILE)), target);
            assertFalse(label.content().contains("<script"), target + ": " + label.content());
            assertFalse(label.content().contains("=cmd"), target + ": only store vocabulary goes into a label");
        }
    }

    private static Diagnostic find(StoreLabel label, String rule) {
        return label.report().diagnostics().stream().filter(d -> d.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + label.report()));
    }

    private static Set<String> rules(StoreLabel label) {
        return label.report().diagnostics().stream().map(Diagnostic::rule).collect(Collectors.toSet());
    }
}
