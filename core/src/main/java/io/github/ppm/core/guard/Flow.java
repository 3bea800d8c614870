package io.github.ppm.core.guard;

import java.util.Objects;

/**
 * One flow of personal data to ask the guard about.
 *
 * @param data    a data category key, e.g. {@code device.identifier.imei}
 * @param purpose a purpose key, e.g. {@code push-delivery}
 * @param kind    whether {@code target} is a party id or an SDK id
 * @param target  the recipient's party id or the SDK id
 * @param consent the user's consent state
 */
public record Flow(String data, String purpose, TargetKind kind, String target, ConsentState consent) {
    public Flow {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(consent, "consent");
    }

    /** A flow to an SDK. */
    public static Flow toSdk(String data, String purpose, String sdk, ConsentState consent) {
        return new Flow(data, purpose, TargetKind.SDK, sdk, consent);
    }

    /** A flow to a party. */
    public static Flow toRecipient(String data, String purpose, String party, ConsentState consent) {
        return new Flow(data, purpose, TargetKind.RECIPIENT, party, consent);
    }
}
