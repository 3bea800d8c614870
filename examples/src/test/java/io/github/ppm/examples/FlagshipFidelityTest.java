package io.github.ppm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.model.CollectionMethod;
import io.github.ppm.model.ConsentException;
import io.github.ppm.model.ContactPoint;
import io.github.ppm.model.Disclosure;
import io.github.ppm.model.DisclosureKind;
import io.github.ppm.model.ExceptionScope;
import io.github.ppm.model.Party;
import io.github.ppm.model.Policy;
import io.github.ppm.model.RetentionRule;
import io.github.ppm.model.Sdk;
import io.github.ppm.model.Section;
import io.github.ppm.model.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the facts of the flagship encoding, so that no later change loses one silently. Values are
 * those printed in the policy; a deliberate change to the encoding updates this test in the same commit.
 */
class FlagshipFidelityTest {
    private final Policy policy = Flagship.policy();

    @Test
    void counts() {
        assertEquals(49, policy.activities().size(), "business scenarios (22 top-level + 27 steps)");
        assertEquals(22, policy.activities().stream().filter(a -> a.parent() == null).count());
        assertEquals(7, policy.permissions().size(), "system permissions of 一.(四).1");
        assertEquals(12, policy.sdks().size(), "SDK entries 1, 2, 2.1–2.3, 3–9 of 一.(五)");
        assertEquals(19, policy.consentExceptions().size());
        assertEquals(10, policy.consentExceptions().stream()
                .filter(c -> c.scope() == ExceptionScope.COLLECTION_AND_USE).count(), "一.(八) 1–10");
        assertEquals(Map.of(DisclosureKind.ENTRUSTED, 12L, DisclosureKind.SHARE, 10L, DisclosureKind.TRANSFER, 4L,
                DisclosureKind.PUBLIC_DISCLOSURE, 2L), policy.disclosures().stream()
                .collect(Collectors.groupingBy(Disclosure::kind, Collectors.counting())));
        Section entrusting = new Section("二.(四)");
        assertEquals(10, policy.disclosures().stream().filter(d -> d.source().isWithin(entrusting))
                .map(Disclosure::source).distinct().count(), "every item 1–10 of 二.(四)");
        assertEquals(9, policy.disclosures().stream()
                .filter(d -> d.kind() == DisclosureKind.ENTRUSTED && d.source().isWithin(entrusting)).count(),
                "二.(四).8 exchanges data with partners, so it is sharing, not entrusting (README)");
        assertEquals(11, policy.retention().size());
    }

    @Test
    void controllerAndContacts() {
        assertEquals("晋商消费金融股份有限公司", policy.controller().legalName());
        assertEquals("山西省太原市小店区长风街 129号梧桐公寓西幢 10层-15层", policy.controller().registeredAddress().raw());
        assertEquals("CN-SX", policy.controller().registeredAddress().region());
        Map<String, String> hotlines = policy.controller().contacts().stream()
                .filter(c -> c.normalised().equals("95105520"))
                .collect(Collectors.toMap(ContactPoint::raw, c -> c.source().value()));
        assertEquals(Map.of("95105520", "前言", "9510-5520", "八"), hotlines, "the hotline as written twice");
        assertNull(policy.effectiveDate(), "the policy states no effective date");
    }

    static Stream<String[]> sdkRows() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/flagship-sdks.tsv")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sdkRows")
    void sdkAsPrinted(String id, String label, String provider, String url, String deidentified,
            String statement, String methods, String functions, String section) {
        Sdk sdk = policy.sdks().stream().filter(s -> s.id().value().equals(id)).findFirst().orElseThrow();
        Map<String, Party> parties = policy.parties().stream().collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
        assertEquals(label, sdk.label().zh());
        assertEquals(provider, parties.get(sdk.provider().value()).legalName());
        assertEquals(url, sdk.privacyPolicyUrl());
        assertEquals(optional(deidentified), sdk.deidentified() == null ? null : sdk.deidentified().toString());
        assertEquals(optional(statement), sdk.deidentification() == null ? null : sdk.deidentification().zh());
        assertEquals(Arrays.asList(methods.split(",")),
                sdk.collectionMethods().stream().map(CollectionMethod::kind).map(Enum::name).toList());
        assertEquals(functions.equals("-") ? List.of() : Arrays.asList(functions.split(",")),
                sdk.functions().stream().map(Text::zh).toList());
        assertEquals(section, sdk.source().value());
        assertTrue(!sdk.collects().isEmpty(), "every SDK states what it collects");
    }

    @Test
    void retentionPeriodsAndHolders() {
        Map<String, RetentionRule> rules = policy.retention().stream()
                .collect(Collectors.toMap(r -> r.id().value(), Function.identity()));
        RetentionRule aml = rules.get("aml-records");
        assertEquals(Period.ofYears(5), aml.minimum(), "AML records kept no less than five years");
        assertNull(aml.maximum());
        assertEquals(List.of("《中华人民共和国反洗钱法》", "《金融机构客户身份识别和客户身份资料及交易记录保存管理办法》"),
                aml.laws().stream().map(l -> l.title()).toList());
        assertEquals("megvii", rules.get("megvii-deletes-after-verification").holder().value());
        assertNull(rules.get("face-image-storage").holder(), "三.(一).3: the controller itself keeps face images");
        assertTrue(policy.retention().stream().filter(r -> r.minimum() != null).count() == 1, "only one period is stated");
    }

    @Test
    void agesAndStorage() {
        assertEquals(18, policy.minors().minimumServiceAge());
        assertEquals(14, policy.minors().childAge());
        assertEquals(1, policy.storage().size());
        assertEquals("CN", policy.storage().get(0).region());
        assertTrue(!policy.storage().get(0).crossBorder());
    }

    @Test
    void consentExceptionGroundsAsWritten() {
        List<String> grounds = policy.consentExceptions().stream()
                .filter(c -> c.scope() == ExceptionScope.COLLECTION_AND_USE)
                .map(ConsentException::ground).map(Enum::name).toList();
        assertEquals(List.of("PIPL_LEGAL_DUTY", "GBT_LEGAL_OBLIGATION", "GBT_NATIONAL_SECURITY", "GBT_PUBLIC_INTEREST",
                "GBT_CRIMINAL_PROCEEDINGS", "GBT_VITAL_INTERESTS", "PIPL_CONTRACT", "GBT_SERVICE_SECURITY",
                "PIPL_PUBLIC_INFORMATION", "PIPL_OTHER_LAW"), grounds);
        assertEquals(1, policy.consentExceptions().stream().filter(c -> c.ground().piplBasis() == null).count(),
                "only 一.(八).8 (service security) has no PIPL basis");
    }

    private static String optional(String cell) {
        return cell.equals("-") ? null : cell;
    }
}
