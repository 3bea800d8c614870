package io.github.ppm.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ppm.core.rdf.RdfOptions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;

/** Every named query, asked of the flagship: the answers are what the policy says. */
class NamedQueriesFlagshipTest {
    private static final String FLAGSHIP = "jinshang-consumer-finance";
    private final Dataset dataset = Sparql.dataset(QueryFixtures.flagship(), RdfOptions.DEFAULT);

    private QueryResult ask(String name, Map<String, String> params) {
        QueryResult result = Sparql.select(dataset, NamedQueries.get(name).orElseThrow().bind(params));
        result.rows().forEach(r -> assertEquals(FLAGSHIP, r.getOrDefault("policy", FLAGSHIP), name));
        return result;
    }

    private static Set<String> set(List<String> values) {
        return new TreeSet<>(values);
    }

    @Test
    void sdksReceivingImeiAreThoseThatListIt() {
        QueryResult imei = ask("sdks-receiving", Map.of("category", "device.identifier.imei"));
        assertEquals(set(List.of("jiguang-push", "wechat-login-pay", "alipay-login-pay", "baidu-location",
                "baiqishi-fingerprint")), set(imei.column("sdk")));
        assertEquals(5, imei.size(), "one row per SDK");
        assertEquals(List.of("alipay-network", "baidu-netcom", "baiqishi", "hexun-huagu", "tencent-computer"),
                imei.column("provider"));
    }

    @Test
    void sdksReceivingDeviceIdentifiersIncludeEveryIdentifierBelowIt() {
        QueryResult ids = ask("sdks-receiving", Map.of());
        assertEquals(List.of("alipay-login-pay", "baidu-location", "baiqishi-fingerprint", "jiguang-push",
                "jiguang-verify", "telecom-auth", "umeng-analytics", "wechat-login-pay"), ids.column("sdk"));
        assertEquals("China Telecom authentication SDK", ids.rows().get(5).get("name"));
        assertEquals("中国电信认证 SDK".length() > 0, ask("sdks-receiving", Map.of("lang", "zh")).column("name").stream()
                .allMatch(n -> n.codePoints().anyMatch(c -> c > 0x4E00)));
    }

    @Test
    void recipientsOfTheFaceImage() {
        QueryResult face = ask("recipients-of", Map.of());
        assertEquals(List.of("megvii-liveness", "tencent-cloud-face"),
                face.rows().stream().filter(r -> r.get("kind").equals("SDK")).map(r -> r.get("holder")).toList());
        assertEquals(set(List.of("face-verification-transfer", "entrust-identity-risk-checks",
                "entrust-notarisation-esignature")),
                set(face.rows().stream().filter(r -> r.get("kind").equals("PARTY")).map(r -> r.get("via")).toList()));
        assertEquals(List.of("civil-affairs-departments", "data-service-providers", "e-certification-providers",
                "face-recognition-providers", "housing-fund-centres", "information-query-providers",
                "information-verification-providers", "judicial-organs", "notaries", "public-security-organs",
                "social-insurance-agencies", "tax-authorities"),
                face.rows().stream().filter(r -> r.get("kind").equals("PARTY")).map(r -> r.get("holder")).toList());
    }

    @Test
    void purposesOfTheFaceImage() {
        QueryResult face = ask("purposes-of", Map.of());
        assertEquals(set(List.of("aml.customer-due-diligence", "credit.assessment", "credit.in-loan", "credit.post-loan",
                "credit.pre-loan", "e-signature", "fraud.identity", "fraud.prevention", "identity.verification",
                "identity.verification.face", "loan", "loan.consulting", "notarisation", "security.account")),
                set(face.column("purpose")));
        assertEquals(List.of("face-verification", "face-verification-transfer", "megvii-liveness", "tencent-cloud-face"),
                face.rows().stream().filter(r -> r.get("purpose").equals("aml.customer-due-diligence"))
                        .map(r -> r.get("via")).toList());
        assertEquals("Face verification", face.rows().stream().filter(r -> r.get("purpose")
                .equals("identity.verification.face")).findFirst().orElseThrow().get("name"));
    }

    @Test
    void categoriesTheBaiduLocationSdkReceives() {
        QueryResult baidu = ask("categories-received-by", Map.of());
        assertEquals(List.of("device.identifier.android-id", "device.identifier.imei", "device.identifier.imsi",
                "device.identifier.mac", "device.software.installed-apps", "location", "network.wifi.bssid"),
                baidu.column("category"));
        assertEquals(Set.of("SDK"), set(baidu.column("kind")));
    }

    @Test
    void categoriesARecipientPartyReceives() {
        QueryResult notaries = ask("categories-received-by", Map.of("holder", "notaries"));
        assertEquals(Set.of("PARTY"), set(notaries.column("kind")));
        assertEquals(true, notaries.column("category").contains("biometric.face"), notaries.column("category").toString());
    }

    @Test
    void scenariosUsingTheCamera() {
        assertEquals(List.of("bind-payment-account", "complete-identity", "credit-line-application", "face-verification"),
                ask("activities-using-permission", Map.of()).column("activity"));
        assertEquals(List.of("camera", "camera", "camera", "camera"),
                ask("activities-using-permission", Map.of()).column("via"));
    }

    @Test
    void retentionOfNames() {
        QueryResult names = ask("retention-of", Map.of());
        assertEquals(List.of("after-cancellation-certificates", "after-cancellation-disputes",
                "after-cancellation-investigations", "aml-records", "cessation-deletion", "deletion-or-anonymisation",
                "necessary-minimum"), names.column("rule"));
        Map<String, String> aml = names.rows().get(3);
        assertEquals("P5Y", aml.get("minimum"));
        assertEquals(null, aml.get("maximum"));
    }

    @Test
    void consentExceptionsByBasis() {
        assertEquals(List.of("cu-contract", "std-contract"), ask("consent-exceptions-by", Map.of()).column("exception"));
        assertEquals(List.of("PIPL_CONTRACT", "PIPL_CONTRACT"), ask("consent-exceptions-by", Map.of()).column("ground"));
        assertEquals(List.of("cu-service-security"),
                ask("consent-exceptions-by", Map.of("basis", "none")).column("exception"));
        assertEquals(List.of("cu-other-law", "std-other-law"),
                ask("consent-exceptions-by", Map.of("basis", "other_law")).column("exception"));
    }

    @Test
    void locationGoesToTheSdksThatCollectItAndToNoDisclosure() {
        QueryResult location = ask("policies-sharing-with-third-party", Map.of());
        assertEquals(List.of("alipay-login-pay", "baidu-location", "baiqishi-fingerprint", "jiguang-push",
                "jiguang-verify", "umeng-analytics", "wechat-login-pay"), location.column("via"));
        assertEquals(Set.of("SDK"), set(location.column("kind")));
        assertEquals("baidu-netcom", location.rows().get(1).get("recipient"));
        QueryResult face = ask("policies-sharing-with-third-party", Map.of("category", "biometric.face"));
        assertEquals(List.of("megvii-liveness", "tencent-cloud-face"), face.column("via"),
                "face-verification-transfer is entrusted processing, not a provision to a third party");
        QueryResult loans = ask("policies-sharing-with-third-party", Map.of("category", "financial.loan"));
        assertEquals(List.of("relations-repayment", "share-dispute-bodies", "share-joint-disbursement",
                "share-loan-contract"), loans.column("via").stream().distinct().toList());
        assertEquals(Set.of("SHARE"), set(loans.column("kind")));
        assertEquals(12, loans.rows().stream().filter(r -> r.get("via").equals("share-dispute-bodies")).count(),
                "one row per recipient of the dispute-handling sharing");
    }

    @Test
    void sdkVendorsByPolicies() {
        QueryResult vendors = ask("sdk-vendors-by-policies", Map.of());
        assertEquals(11, vendors.size());
        assertEquals(Map.of("vendor", "深圳市和讯华谷信息技术有限公司", "policies", "1", "sdks", "2"), vendors.rows().get(0));
        assertEquals(0, ask("sdk-vendors-by-policies", Map.of("min", "2")).size());
    }

    @Test
    void theFlagshipStatesNoEffectiveDate() {
        assertEquals(List.of(Map.of("policy", FLAGSHIP, "title", "晋商消费金融隐私权政策")),
                ask("policies-without-effective-date", Map.of()).rows());
    }

    @Test
    void sensitiveDataGivenToOthers() {
        QueryResult sensitive = ask("sensitive-data-shared-per-policy", Map.of());
        assertEquals(1, sensitive.size());
        assertEquals("15", sensitive.rows().get(0).get("categories"));
        Set<String> keys = set(List.of(sensitive.rows().get(0).get("keys").split(" ")));
        assertEquals(15, keys.size());
        for (String key : List.of("biometric.face", "identity.document.id-number", "financial.bank-account")) {
            assertEquals(true, keys.contains(key), key + " in " + keys);
        }
        PolicyQuery typed = PolicyQuery.of(QueryFixtures.flagship());
        Set<String> expected = new TreeSet<>();
        QueryFixtures.flagship().sdks().forEach(s -> s.categories().stream().filter(typed::isSensitive)
                .forEach(k -> expected.add(k.value())));
        QueryFixtures.flagship().disclosures().forEach(d -> d.data().stream().filter(typed::isSensitive)
                .forEach(k -> expected.add(k.value())));
        assertEquals(expected, keys);
    }
}
