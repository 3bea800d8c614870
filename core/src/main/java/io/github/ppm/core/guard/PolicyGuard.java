package io.github.ppm.core.guard;

import io.github.ppm.core.validate.ValidatedPolicy;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * A policy compiled for fast flow checks. Compile once ({@link #compile(Policy)}), then call
 * {@link #decide(Flow)} from any number of threads: the guard is immutable, and deciding is a few hash
 * look-ups and bit tests over data prepared at compile time — no RDF, no reflection, no streams, and no
 * allocation (every {@link Decision} is built in advance and shared).
 *
 * <p>The semantics — which objects declare a flow, how taxonomy keys nest, when consent is needed and
 * when a consent exception may stand in for it — are documented in {@code docs/guard.md}.
 */
public final class PolicyGuard {
    private final String policyId;
    private final Map<String, Integer> categories;
    private final Map<String, Integer> purposes;
    private final Map<String, Target> sdks;
    private final Map<String, Target> recipients;

    PolicyGuard(String policyId, Map<String, Integer> categories, Map<String, Integer> purposes,
            Map<String, Target> sdks, Map<String, Target> recipients) {
        this.policyId = policyId;
        this.categories = categories;
        this.purposes = purposes;
        this.sdks = sdks;
        this.recipients = recipients;
    }

    /** Compiles {@code policy} with the {@link GuardOptions#DEFAULT default options}. */
    public static PolicyGuard compile(ValidatedPolicy policy) {
        return compile(policy, GuardOptions.DEFAULT);
    }

    /**
     * Compiles a validated policy: only one whose references all resolve can be compiled, so that no
     * decision rests on a party, SDK or key the policy does not declare.
     */
    public static PolicyGuard compile(ValidatedPolicy policy, GuardOptions options) {
        return new GuardCompiler(policy, options).compile();
    }

    /** The id of the policy this guard was compiled from. */
    public String policyId() {
        return policyId;
    }

    /** Decides one flow. */
    public Decision decide(Flow flow) {
        return decide(flow.data(), flow.purpose(), flow.kind(), flow.target(), flow.consent());
    }

    /**
     * Decides one flow given as its parts, so that a hot path need not build a {@link Flow}.
     *
     * @param data    a data category key
     * @param purpose a purpose key
     * @param kind    whether {@code target} is a party id or an SDK id
     * @param target  the party or SDK id
     * @param consent the user's consent state
     */
    public Decision decide(String data, String purpose, TargetKind kind, String target, ConsentState consent) {
        Target to = (kind == TargetKind.SDK ? sdks : recipients).get(target);
        if (to == null) {
            return kind == TargetKind.SDK ? Target.UNKNOWN_SDK : Target.UNKNOWN_RECIPIENT;
        }
        Integer d = categories.get(data);
        if (d == null) {
            return Target.UNKNOWN_DATA_CATEGORY;
        }
        Integer p = purposes.get(purpose);
        if (p == null) {
            return Target.UNKNOWN_PURPOSE;
        }
        return to.decide(d, p, consent);
    }

    /** Every data category key the guard knows: the taxonomy's and the policy's. */
    public Set<String> categoryKeys() {
        return Collections.unmodifiableSet(categories.keySet());
    }

    /** Every purpose key the guard knows. */
    public Set<String> purposeKeys() {
        return Collections.unmodifiableSet(purposes.keySet());
    }

    /** The SDK ids of the policy. */
    public Set<String> sdkIds() {
        return Collections.unmodifiableSet(sdks.keySet());
    }

    /** The party ids of the policy. */
    public Set<String> partyIds() {
        return Collections.unmodifiableSet(recipients.keySet());
    }

    @Override
    public String toString() {
        return "PolicyGuard[" + policyId + ": " + sdks.size() + " SDKs, " + recipients.size() + " parties]";
    }
}
