package io.github.ppm.examples.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data team's example, run from its entry point: both questions answered, typed and SPARQL agreeing. */
class DataTeamQueriesTest {
    @TempDir
    Path work;

    @Test
    void mainAnswersBothQuestionsAndTheTwoWaysAgree() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            DataTeamQueries.main(new String[] {"jinshang-consumer-finance/policy.yaml"});
        } catch (IOException e) {
            throw new AssertionError(e);
        } finally {
            System.setOut(original);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(7, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("loaded 21 policies into a TDB2 store, "), lines.get(0));
        assertTrue(lines.get(2).endsWith("typed API and SPARQL agree: true"), lines.get(2));
        // The face SDKs receive identifiers through the device-info permission they ask for.
        assertEquals("   jinshang-consumer-finance: alipay-login-pay, baidu-location, baiqishi-fingerprint, jiguang-push,"
                + " jiguang-verify, megvii-liveness, telecom-auth, tencent-cloud-face, umeng-analytics, wechat-login-pay",
                lines.get(3));
        assertTrue(lines.get(5).endsWith("typed API and SPARQL agree: true"), lines.get(5));
        // The SDK providers, and the institutions of the two sharings that carry the credit-risk assessment,
        // whose data includes location (一.(二).3.2).
        assertEquals("   jinshang-consumer-finance gives it to: alipay-network, baidu-netcom, baihang-credit, baiqishi,"
                + " banks, carriers, civil-affairs-departments, data-service-providers, government-partners, hexun-huagu,"
                + " housing-fund-centres, information-query-providers, information-verification-providers, insurers,"
                + " internet-platform-operators, judicial-organs, nifa, other-credit-agencies, payment-institutions,"
                + " pboc-credit-database, public-security-organs, pudao-credit, social-insurance-agencies, tax-authorities,"
                + " tencent-computer, umeng-tongxin", lines.get(6));
    }

    @Test
    void anInvalidPolicyIsReportedAndTheRunFails() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.nio.file.Files.writeString(work.resolve("bad.yaml"), "id: Not Valid\n");
        int code = DataTeamQueries.run(work.resolve("bad.yaml"), work.resolve("w"), 1,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(3, code);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("error ["), bytes.toString(StandardCharsets.UTF_8));
    }
}
