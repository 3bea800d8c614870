/**
 * Checks a policy against the app it describes: the SDKs in a Gradle dependency list or an Android
 * manifest against the policy's SDK list (through the built-in vendor registry,
 * {@code schemas/taxonomy/sdk-vendors.yaml}), and the manifest's permissions against the policy's
 * permissions (through the permission taxonomy's Android names). Manifests are parsed with DTDs and
 * external entities refused.
 */
package io.github.ppm.core.inventory;
