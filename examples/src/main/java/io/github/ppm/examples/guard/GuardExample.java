package io.github.ppm.examples.guard;

import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.guard.ConsentState;
import io.github.ppm.core.guard.PolicyGuard;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.Validation;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loan app's back end, in miniature: it compiles the guard from the published policy at start-up, then
 * routes every transfer of personal data through an {@link SdkGateway}. Run it with
 * {@code ./mvnw -q -pl examples -am compile exec:java} (see docs/guard.md).
 */
public final class GuardExample {
    private GuardExample() {
    }

    public static void main(String[] args) {
        Path policy = Path.of(args.length > 0 ? args[0] : "examples/jinshang-consumer-finance/policy.yaml");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int code = run(policy, out);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the scenario against {@code policyFile}; returns 0, or 3 when the policy is not valid. */
    public static int run(Path policyFile, PrintStream out) {
        Validation validation = PolicyValidator.read(policyFile);
        if (!validation.valid()) {
            out.print(ReportWriter.of(ReportFormat.HUMAN, "en").write(validation.report()));
            return 3;
        }
        // Once, at start-up: the guard is immutable and thread-safe, and each decision costs nanoseconds.
        PolicyGuard guard = PolicyGuard.compile(validation.policy());
        out.println("compiled " + guard);
        AtomicInteger sent = new AtomicInteger();
        SdkGateway gateway = new SdkGateway(guard, out::println);

        // A user who accepted the policy registers the device for repayment reminders.
        gateway.sendToSdk("device.identifier.oaid", "push-delivery", "jiguang-push", ConsentState.GIVEN,
                sent::incrementAndGet);
        // Marketing wants to target pushes by precise location: the push SDK is not declared for that.
        gateway.sendToSdk("location.precise.coordinates", "marketing.direct", "jiguang-push", ConsentState.GIVEN,
                sent::incrementAndGet);
        // The same user later withdrew consent: the device id may no longer go to the push SDK.
        gateway.sendToSdk("device.identifier.oaid", "push-delivery", "jiguang-push", ConsentState.WITHDRAWN,
                sent::incrementAndGet);
        // Liveness check for anti-money-laundering due diligence: a statutory duty, no consent needed.
        gateway.sendToSdk("biometric.face", "aml.customer-due-diligence", "megvii-liveness", ConsentState.NONE,
                sent::incrementAndGet);
        // A developer wires the whole location category into the push SDK: only the coordinates are declared.
        gateway.sendToSdk("location", "push-delivery.regional", "jiguang-push", ConsentState.GIVEN,
                sent::incrementAndGet);
        // Joint lending: the partner receives the credit-line application data.
        gateway.sendToRecipient("identity.name", "loan.joint-lending", "lending-partners", ConsentState.GIVEN,
                sent::incrementAndGet);
        out.println(sent.get() + " of 6 transfers sent");
        return 0;
    }
}
