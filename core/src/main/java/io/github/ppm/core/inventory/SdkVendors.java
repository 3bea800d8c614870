package io.github.ppm.core.inventory;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.io.DocumentReader;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.model.Sdk;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The vendor registry: which SDK a policy entry, a Gradle artifact or a manifest component is. */
public final class SdkVendors {
    /** The classpath location of the built-in registry. */
    public static final String RESOURCE = "/schemas/taxonomy/sdk-vendors.yaml";

    private final List<SdkVendor> entries;

    SdkVendors(List<SdkVendor> entries) {
        this.entries = List.copyOf(entries);
    }

    private static final class BuiltIn {
        static final SdkVendors INSTANCE = load();
    }

    /** The built-in registry. */
    public static SdkVendors builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** Reads the built-in registry file strictly; a broken file is a build defect. */
    public static Parsed<SdkVendorFile> readFile() {
        try (InputStream in = SdkVendors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return DocumentReader.of(SdkVendorFile.class).read(RESOURCE, in.readAllBytes(), Format.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SdkVendors load() {
        Parsed<SdkVendorFile> parsed = readFile();
        if (!parsed.ok()) {
            Diagnostic first = parsed.report().diagnostics().get(0);
            throw new IllegalStateException("broken SDK vendor registry: " + first.location().display() + " "
                    + first.message().en());
        }
        return new SdkVendors(parsed.value().entries());
    }

    public List<SdkVendor> entries() {
        return entries;
    }

    /**
     * The registry entry a policy's SDK is: the one with the longest alias found in the SDK's Chinese or
     * English label (case, spaces and the word "SDK" ignored).
     */
    public Optional<SdkVendor> match(Sdk sdk) {
        String zh = normalise(sdk.label().zh());
        String en = normalise(sdk.label().en());
        SdkVendor best = null;
        int bestLength = 0;
        for (SdkVendor entry : entries) {
            for (String alias : entry.aliases()) {
                String a = normalise(alias);
                if (a.length() > bestLength && (zh.contains(a) || en.contains(a))) {
                    best = entry;
                    bestLength = a.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The entry whose artifacts include {@code group:artifact}. */
    public Optional<SdkVendor> byArtifact(String group, String artifact) {
        return entries.stream().filter(e -> e.hasArtifact(group, artifact)).findFirst();
    }

    /** The entry whose packages hold {@code className}. */
    public Optional<SdkVendor> byClass(String className) {
        return entries.stream().filter(e -> e.ownsClass(className)).findFirst();
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace("sdk", "").replaceAll("\\s+", "");
    }
}
