package io.github.ppm.examples.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example's main entry, run as a user would run it, with its log checked line by line. */
class GuardExampleTest {
    @Test
    void mainLogsEveryDecisionWithItsSections() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            GuardExample.main(new String[] {"jinshang-consumer-finance/policy.yaml"});
        } finally {
            System.setOut(original);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(8, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("compiled PolicyGuard[jinshang-consumer-finance: 12 SDKs, "), lines.get(0));
        assertEquals("SEND  sdk=jiguang-push data=device.identifier.oaid purpose=push-delivery consent=given"
                + " -> ALLOWED_AS_DECLARED (CONSENT_GIVEN) cites=一.(五).1 sdk:jiguang-push,一.(三).3.1 activity:notifications",
                lines.get(1));
        assertTrue(lines.get(2).startsWith("BLOCK sdk=jiguang-push data=location.precise.coordinates"), lines.get(2));
        assertTrue(lines.get(2).contains("UNDECLARED (PURPOSE_NOT_DECLARED)"), lines.get(2));
        assertTrue(lines.get(3).contains("NEEDS_CONSENT (CONSENT_WITHDRAWN)"), lines.get(3));
        assertTrue(lines.get(4).startsWith("SEND  sdk=megvii-liveness"), lines.get(4));
        assertTrue(lines.get(4).contains("exception=std-legal-duty basis=PIPL 13(3)"), lines.get(4));
        assertTrue(lines.get(4).contains("二.(五).1 consent-exception:std-legal-duty"), lines.get(4));
        assertTrue(lines.get(5).contains("UNDECLARED (DATA_PARTLY_DECLARED)"), lines.get(5));
        assertTrue(lines.get(6).startsWith("SEND  recipient=lending-partners"), lines.get(6));
        assertEquals("3 of 6 transfers sent", lines.get(7));
    }

    @Test
    void anUnreadablePolicyIsReportedNotThrown() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = GuardExample.run(Path.of("no-such-policy.yaml"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(3, code);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("[PPM-IO-NOT-FOUND]"));
    }
}
