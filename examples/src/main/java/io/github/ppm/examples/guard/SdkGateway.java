package io.github.ppm.examples.guard;

import io.github.ppm.core.guard.Citation;
import io.github.ppm.core.guard.ConsentState;
import io.github.ppm.core.guard.Decision;
import io.github.ppm.core.guard.Flow;
import io.github.ppm.core.guard.PolicyGuard;
import java.util.function.Consumer;

/**
 * The one place where personal data leaves the back end. Every send is checked against the policy first;
 * a flow the policy does not allow is not sent, and every decision is logged with the sections it cites,
 * so that an auditor can trace each transfer to the sentence of the policy that allows it.
 */
public final class SdkGateway {
    private final PolicyGuard guard;
    private final Consumer<String> log;

    /**
     * @param guard the guard, compiled once at start-up and shared by all threads
     * @param log   where decisions are logged, one line each
     */
    public SdkGateway(PolicyGuard guard, Consumer<String> log) {
        this.guard = guard;
        this.log = log;
    }

    /**
     * Sends {@code payload} to an SDK if the policy allows the flow; returns whether it was sent.
     *
     * @param data     the data category of the payload, e.g. {@code device.identifier.oaid}
     * @param purpose  why it is sent, e.g. {@code push-delivery}
     * @param sdk      the SDK id in the policy
     * @param consent  the user's consent state from the consent records
     * @param transmit the actual call into the SDK
     */
    public boolean sendToSdk(String data, String purpose, String sdk, ConsentState consent, Runnable transmit) {
        return send(Flow.toSdk(data, purpose, sdk, consent), transmit);
    }

    /** Sends to a party of the policy (a partner, a bank, an authority) if the policy allows it. */
    public boolean sendToRecipient(String data, String purpose, String party, ConsentState consent,
            Runnable transmit) {
        return send(Flow.toRecipient(data, purpose, party, consent), transmit);
    }

    private boolean send(Flow flow, Runnable transmit) {
        Decision decision = guard.decide(flow);
        log.accept(line(flow, decision));
        if (decision.allowed()) {
            transmit.run();
        }
        return decision.allowed();
    }

    /** A log line: what, to whom, the verdict, why, and the sections relied on. */
    static String line(Flow flow, Decision decision) {
        StringBuilder out = new StringBuilder();
        out.append(decision.allowed() ? "SEND  " : "BLOCK ").append(flow.kind().name().toLowerCase(java.util.Locale.ROOT)).append('=')
                .append(flow.target()).append(" data=").append(flow.data()).append(" purpose=").append(flow.purpose())
                .append(" consent=").append(flow.consent().name().toLowerCase(java.util.Locale.ROOT)).append(" -> ")
                .append(decision.outcome()).append(" (").append(decision.reason()).append(')');
        if (decision.exception() != null) {
            out.append(" exception=").append(decision.exception().id().value()).append(" basis=PIPL ")
                    .append(decision.legalBasis().article());
        }
        if (!decision.citations().isEmpty()) {
            out.append(" cites=");
            for (int i = 0; i < decision.citations().size(); i++) {
                Citation c = decision.citations().get(i);
                out.append(i == 0 ? "" : ",").append(c.section()).append(' ').append(c.kind()).append(':').append(c.id());
            }
        }
        return out.toString();
    }
}
