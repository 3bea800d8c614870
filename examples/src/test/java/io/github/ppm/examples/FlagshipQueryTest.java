package io.github.ppm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.index.Reach;
import io.github.ppm.core.query.Holder;
import io.github.ppm.core.query.PolicyQuery;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.LegalBasis;
import io.github.ppm.model.PermissionKey;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.SdkId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The typed query API on the flagship, answered from what the policy says. */
class FlagshipQueryTest {
    private final PolicyQuery query = PolicyQuery.of(Flagship.valid());

    @Test
    void sdksThatReceiveImeiAreThoseThatListItOrAskForAPermissionReachingIt() {
        CategoryKey imei = new CategoryKey("device.identifier.imei");
        assertEquals(Set.of("jiguang-push", "wechat-login-pay", "alipay-login-pay", "baidu-location", "baiqishi-fingerprint",
                "megvii-liveness", "tencent-cloud-face"),
                Set.copyOf(query.sdksReceiving(imei).stream().map(s -> s.id().value()).toList()));
        // The face SDKs list no identifier: they ask for the device-info permission, which reaches IMEI.
        assertEquals(Optional.of(Reach.PERMISSION), query.reach(new SdkId("megvii-liveness"), imei));
        assertEquals(Optional.of(Reach.DIRECT), query.reach(new SdkId("jiguang-push"), imei));
        assertEquals(Optional.empty(), query.reach(new SdkId("cmcc-auth"), imei));
    }

    @Test
    void askingForABroaderCategoryFindsEverySdkWithAnIdentifier() {
        List<String> sdks = query.sdksReceiving(new CategoryKey("device.identifier")).stream().map(s -> s.id().value()).toList();
        assertEquals(10, sdks.size(), sdks.toString());
        assertTrue(sdks.contains("telecom-auth"), "IMSI (国际移动用户标识码) is a device identifier");
        assertTrue(!sdks.contains("cmcc-auth"), "中国移动认证 lists no identifier");
    }

    @Test
    void faceImageGoesToTwoSdksAndSixDisclosures() {
        List<Holder> holders = query.recipientsOf(new CategoryKey("biometric.face"));
        assertEquals(List.of("megvii-liveness", "tencent-cloud-face"),
                holders.stream().filter(h -> h.kind() == Holder.Kind.SDK).map(Holder::id).toList());
        // Three name the face image; three carry the credit-risk assessment scenario, which collects it.
        assertEquals(Set.of("face-verification-transfer", "entrust-identity-risk-checks", "entrust-notarisation-esignature",
                "credit-verification-transfer", "agencies-own-processing-results", "agencies-own-processing-data-services"),
                Set.copyOf(holders.stream().filter(h -> h.kind() == Holder.Kind.PARTY).map(Holder::via).toList()));
    }

    @Test
    void purposesOfTheFaceImageIncludeIdentityVerification() {
        var purposes = query.distinctPurposesOf(new CategoryKey("biometric.face"));
        assertTrue(purposes.contains(new PurposeKey("identity.verification")), purposes.toString());
    }

    @Test
    void scenariosUsingTheCamera() {
        assertEquals(List.of("face-verification", "credit-line-application", "bind-payment-account", "complete-identity"),
                query.activitiesUsing(new PermissionKey("camera")).stream().map(a -> a.id().value()).toList());
    }

    @Test
    void consentExceptionsWithoutAPiplBasis() {
        assertEquals(List.of("cu-service-security"),
                query.consentExceptionsBy(null).stream().map(c -> c.id().value()).toList());
        assertEquals(4, query.consentExceptionsBy(LegalBasis.CONTRACT).size() + query.consentExceptionsBy(LegalBasis.OTHER_LAW).size());
    }

    @Test
    void retentionOfIdentityDataIncludesTheFiveYearAmlRule() {
        assertTrue(query.retentionOf(new CategoryKey("identity.name")).stream()
                .anyMatch(r -> r.id().value().equals("aml-records")));
    }

    @Test
    void categoriesAnSdkReceives() {
        assertTrue(query.categoriesReceivedBy(new SdkId("baidu-location")).contains(new CategoryKey("device.identifier.imei")));
    }
}
