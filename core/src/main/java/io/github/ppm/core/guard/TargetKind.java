package io.github.ppm.core.guard;

/** Where a flow goes: a party of the policy or one of its SDKs. */
public enum TargetKind {
    /** A party id ({@code parties[].id}). */
    RECIPIENT,
    /** An SDK id ({@code sdks[].id}). */
    SDK
}
