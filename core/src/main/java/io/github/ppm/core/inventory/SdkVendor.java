package io.github.ppm.core.inventory;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ppm.model.Text;
import java.util.List;
import java.util.Objects;

/**
 * One SDK of the vendor registry and how to recognise it in an Android app.
 *
 * @param key             dotted id, vendor first, e.g. {@code jiguang.push}
 * @param label           its name in Chinese and English
 * @param vendor          the provider's legal name as policies print it
 * @param aliases         names policies give it
 * @param maven           Gradle coordinates {@code group:artifact} or {@code group:*}; empty for download-only SDKs
 * @param androidPackages package prefixes of its classes and manifest components
 * @param source          where the coordinates and packages come from
 * @param verified        whether they were seen in public build files or sources
 */
public record SdkVendor(
        @JsonProperty(required = true) String key,
        @JsonProperty(required = true) Text label,
        String vendor,
        List<String> aliases,
        List<String> maven,
        List<String> androidPackages,
        @JsonProperty(required = true) String source,
        boolean verified) {
    public SdkVendor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        maven = maven == null ? List.of() : List.copyOf(maven);
        androidPackages = androidPackages == null ? List.of() : List.copyOf(androidPackages);
    }

    /** True when {@code group:artifact} is one of this SDK's artifacts. */
    public boolean hasArtifact(String group, String artifact) {
        for (String coordinate : maven) {
            int colon = coordinate.indexOf(':');
            String g = coordinate.substring(0, colon);
            String a = coordinate.substring(colon + 1);
            if (g.equals(group) && (a.equals("*") || a.equals(artifact))) {
                return true;
            }
        }
        return false;
    }

    /** True when the class {@code className} lies in one of this SDK's packages. */
    public boolean ownsClass(String className) {
        for (String prefix : androidPackages) {
            if (className.startsWith(prefix + ".")) {
                return true;
            }
        }
        return false;
    }
}
