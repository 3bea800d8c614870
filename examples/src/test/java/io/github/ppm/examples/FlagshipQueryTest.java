package io.github.ppm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.query.Holder;
import io.github.ppm.core.query.PolicyQuery;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.LegalBasis;
import io.github.ppm.model.PermissionKey;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.SdkId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed query API on the flagship, answered from what the policy says. */
class FlagshipQueryTest {
    private final PolicyQuery query = PolicyQuery.of(Flagship.policy());

    @Test
    void sdksThatReceiveImeiAreThoseThatListIt() {
        assertEquals(List.of("jiguang-push", "wechat-login-pay", "alipay-login-pay", "baidu-location", "baiqishi-fingerprint"),
                query.sdksReceiving(new CategoryKey("device.identifier.imei")).stream().map(s -> s.id().value()).toList());
    }

    @Test
    void askingForABroaderCategoryFindsEverySdkWithAnIdentifier() {
        List<String> sdks = query.sdksReceiving(new CategoryKey("device.identifier")).stream().map(s -> s.id().value()).toList();
        assertEquals(8, sdks.size(), sdks.toString());
        assertTrue(sdks.contains("telecom-auth"), "IMSI (国际移动用户标识码) is a device identifier");
        assertTrue(!sdks.contains("cmcc-auth"), "中国移动认证 lists no identifier");
    }

    @Test
    void faceImageGoesToTwoSdksAndThreeDisclosures() {
        List<Holder> holders = query.recipientsOf(new CategoryKey("biometric.face"));
        assertEquals(List.of("megvii-liveness", "tencent-cloud-face"),
                holders.stream().filter(h -> h.kind() == Holder.Kind.SDK).map(Holder::id).toList());
        assertEquals(List.of("face-verification-transfer", "entrust-identity-risk-checks", "entrust-notarisation-esignature"),
                holders.stream().filter(h -> h.kind() == Holder.Kind.PARTY).map(Holder::via).distinct().toList());
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
