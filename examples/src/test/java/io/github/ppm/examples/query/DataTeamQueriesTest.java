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
        assertEquals("   jinshang-consumer-finance: alipay-login-pay, baidu-location, baiqishi-fingerprint, jiguang-push,"
                + " jiguang-verify, telecom-auth, umeng-analytics, wechat-login-pay", lines.get(3));
        assertTrue(lines.get(5).endsWith("typed API and SPARQL agree: true"), lines.get(5));
        assertEquals("   jinshang-consumer-finance gives it to: alipay-network, baidu-netcom, baiqishi, hexun-huagu,"
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
