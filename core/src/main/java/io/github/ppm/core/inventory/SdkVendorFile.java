package io.github.ppm.core.inventory;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/** The shape of {@code schemas/taxonomy/sdk-vendors.yaml}. */
public record SdkVendorFile(
        @JsonProperty(required = true) String registry,
        @JsonProperty(required = true) List<SdkVendor> entries) {
    public SdkVendorFile {
        Objects.requireNonNull(registry, "registry");
        entries = List.copyOf(entries);
    }
}
