package io.github.ppm.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.Valid;
import io.github.ppm.core.rdf.RdfOptions;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.CategoryKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;

/** Every named query, asked of the flagship: the answers are what the policy says. */
class NamedQueriesFlagshipTest {
    private static final String FLAGSHIP = "jinshang-consumer-finance";
    private final Dataset dataset = Sparql.dataset(Valid.of(QueryFixtures.flagship()), RdfOptions.DEFAULT);

    private QueryResult ask(String name, Map<String, String> params) {
        QueryResult result = Sparql.select(dataset, NamedQueries.get(name).orElseThrow().bind(params));
        result.rows().forEach(r -> assertEquals(FLAGSHIP, r.getOrDefault("policy", FLAGSHIP), name));
        return result;
    }

    private static Set<String> set(List<String> values) {
        return new TreeSet<>(values);
    }

    @Test
    void sdksReceivingImeiAreThoseThatListItOrAskForAPermissionReachingIt() {
        QueryResult imei = ask("sdks-receiving", Map.of("category", "device.identifier.imei"));
        assertEquals(List.of("alipay-login-pay", "baidu-location", "baiqishi-fingerprint", "jiguang-push",
                "megvii-liveness", "tencent-cloud-face", "wechat-login-pay"), imei.column("sdk"), "one row per SDK");
        assertEquals(List.of("alipay-network", "baidu-netcom", "baiqishi", "hexun-huagu", "megvii", "tencent-cloud",
                "tencent-computer"), imei.column("provider"));
        // The two face SDKs list no identifier; they ask for the device-info permission, which reaches IMEI.
        assertEquals(List.of("direct", "direct", "direct", "direct", "permission", "permission", "direct"),
                imei.column("reach"));
    }

    @Test
    void sdksReceivingDeviceIdentifiersIncludeEveryIdentifierBelowIt() {
        QueryResult ids = ask("sdks-receiving", Map.of());
        assertEquals(List.of("alipay-login-pay", "baidu-location", "baiqishi-fingerprint", "jiguang-push",
                "jiguang-verify", "megvii-liveness", "telecom-auth", "tencent-cloud-face", "umeng-analytics",
                "wechat-login-pay"), ids.column("sdk"));
        assertEquals("China Telecom authentication SDK", ids.rows().get(6).get("name"));
        assertEquals("中国电信认证 SDK".length() > 0, ask("sdks-receiving", Map.of("lang", "zh")).column("name").stream()
                .allMatch(n -> n.codePoints().anyMatch(c -> c > 0x4E00)));
    }

    @Test
    void recipientsOfTheFaceImage() {
        QueryResult face = ask("recipients-of", Map.of());
        assertEquals(List.of("megvii-liveness", "tencent-cloud-face"),
                face.rows().stream().filter(r -> r.get("kind").equals("SDK")).map(r -> r.get("holder")).toList());
        // The last three name the face image in their data; the first three carry the credit-risk
        // assessment scenario, whose data includes it (the guard has always read them so).
        assertEquals(set(List.of("agencies-own-processing-data-services", "agencies-own-processing-results",
                "credit-verification-transfer", "face-verification-transfer", "entrust-identity-risk-checks",
                "entrust-notarisation-esignature")),
                set(face.rows().stream().filter(r -> r.get("kind").equals("PARTY")).map(r -> r.get("via")).toList()));
        assertTrue(set(face.rows().stream().filter(r -> r.get("kind").equals("PARTY")).map(r -> r.get("holder")).toList())
                .containsAll(List.of("civil-affairs-departments", "data-service-providers", "e-certification-providers",
                "face-recognition-providers", "housing-fund-centres", "information-query-providers",
                "information-verification-providers", "judicial-organs", "notaries", "public-security-organs",
                "social-insurance-agencies", "tax-authorities", "pboc-credit-database", "banks")));
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
    void aStepWithoutPurposesTakesItsParentScenariosInSparqlAsInTheTypedApi() {
        QueryResult approval = ask("purposes-of", Map.of("category", "financial.credit-line.approval"));
        assertTrue(approval.rows().stream().anyMatch(r -> r.get("purpose").equals("loan.platform-service")
                && r.get("via").equals("partner-loan-credit-approval")), approval.rows().toString());
        assertEquals(set(approval.rows().stream().map(r -> r.get("purpose") + " " + r.get("via")).toList()),
                set(PolicyQuery.of(Valid.of(QueryFixtures.flagship())).purposesOf(new CategoryKey(
                        "financial.credit-line.approval")).stream().map(u -> u.purpose().value() + " " + u.via()).toList()));
    }

    @Test
    void categoriesTheBaiduLocationSdkReceives() {
        QueryResult baidu = ask("categories-received-by", Map.of());
        List<String> listed = List.of("device.identifier.android-id", "device.identifier.imei", "device.identifier.imsi",
                "device.identifier.mac", "device.software.installed-apps", "location", "network.wifi.bssid");
        assertEquals(listed, baidu.rows().stream().filter(r -> r.get("viaPermission").equals("false"))
                .map(r -> r.get("category")).toList());
        // The rest it gets through the storage, location and device-info permissions it asks for; what lies
        // within a key it lists (location.precise within location) is listed, not only reached.
        assertEquals(25, baidu.size());
        assertTrue(baidu.column("category").containsAll(List.of("network.wifi.ssid", "device.identifier.meid",
                "content.photo")));
        assertFalse(baidu.column("category").contains("location.precise"));
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
    void locationGoesToTheSdksThatReceiveItAndToTheSharingsThatCarryIt() {
        QueryResult location = ask("policies-sharing-with-third-party", Map.of());
        assertEquals(List.of("agencies-own-processing-data-services", "agencies-own-processing-results",
                "alipay-login-pay", "baidu-location", "baiqishi-fingerprint", "jiguang-push", "jiguang-verify",
                "umeng-analytics", "wechat-login-pay"), location.column("via").stream().distinct().toList());
        assertEquals(Set.of("SDK", "SHARE"), set(location.column("kind")));
        assertEquals("baidu-netcom", location.rows().stream().filter(r -> r.get("via").equals("baidu-location"))
                .findFirst().orElseThrow().get("recipient"));
        QueryResult face = ask("policies-sharing-with-third-party", Map.of("category", "biometric.face"));
        assertEquals(List.of("agencies-own-processing-data-services", "agencies-own-processing-results",
                "megvii-liveness", "tencent-cloud-face"), face.column("via").stream().distinct().toList(),
                "face-verification-transfer is entrusted processing, not a provision to a third party");
        QueryResult loans = ask("policies-sharing-with-third-party", Map.of("category", "financial.loan"));
        // The face SDKs reach loan supporting documents through the camera permission.
        assertEquals(List.of("megvii-liveness", "relations-repayment", "share-dispute-bodies", "share-joint-credit-line",
                "share-joint-disbursement", "share-loan-contract", "share-overdue-communications", "tencent-cloud-face"),
                loans.column("via").stream().distinct().toList());
        assertEquals(Set.of("SDK", "SHARE"), set(loans.column("kind")));
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
        assertEquals("42", sensitive.rows().get(0).get("categories"));
        Set<String> keys = set(List.of(sensitive.rows().get(0).get("keys").split(" ")));
        assertEquals(42, keys.size());
        for (String key : List.of("biometric.face", "identity.document.id-number", "financial.bank-account")) {
            assertEquals(true, keys.contains(key), key + " in " + keys);
        }
        ValidatedPolicy flagship = Valid.of(QueryFixtures.flagship());
        PolicyQuery typed = PolicyQuery.of(flagship);
        Set<String> expected = new TreeSet<>();
        flagship.policy().sdks().forEach(s -> typed.categoriesReceivedBy(s.id()).stream().filter(typed::isSensitive)
                .forEach(k -> expected.add(k.value())));
        flagship.index().carriages().forEach(c -> c.categories().stream().filter(typed::isSensitive)
                .forEach(k -> expected.add(k.value())));
        assertEquals(expected, keys);
    }
}
