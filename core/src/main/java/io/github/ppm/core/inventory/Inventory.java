package io.github.ppm.core.inventory;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.diag.SourceLocation;
import io.github.ppm.core.io.ReadLimits;
import io.github.ppm.core.io.SourceMap;
import io.github.ppm.core.taxonomy.Taxonomy;
import io.github.ppm.core.taxonomy.TaxonomyEntry;
import io.github.ppm.core.taxonomy.Vocabulary;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.Permission;
import io.github.ppm.model.PermissionKey;
import io.github.ppm.model.PermissionVariant;
import io.github.ppm.model.Platform;
import io.github.ppm.model.Policy;
import io.github.ppm.model.Sdk;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a policy with the app it describes. Findings:
 * <ul>
 * <li>{@code PPM-INV-SDK-UNDECLARED} (error): an SDK of the registry is in the app, the policy does not declare it;
 * <li>{@code PPM-INV-SDK-ABSENT} (warning): a declared SDK has Maven coordinates, and none is in the dependencies;
 * <li>{@code PPM-INV-SDK-UNCHECKED} / {@code PPM-INV-SDK-UNKNOWN} (info): a declared SDK cannot be checked;
 * <li>{@code PPM-INV-PERM-UNDECLARED} (error): the manifest requests a permission the policy does not declare;
 * <li>{@code PPM-INV-PERM-UNKNOWN} (info): the manifest requests a permission the taxonomy does not know;
 * <li>{@code PPM-INV-PERM-UNUSED} (warning): the policy declares a permission the manifest never requests.
 * </ul>
 */
public final class Inventory {
    private Inventory() {
    }

    /** Reads a dependency list ({@code ./gradlew app:dependencies} output or plain coordinates). */
    public static GradleDependencies.DependencyScan readDependencies(Path file) {
        String name = file.toString();
        try {
            byte[] bytes = readBounded(file);
            if (bytes == null) {
                return new GradleDependencies.DependencyScan(name, List.of(),
                        Report.of(error("PPM-IO-TOO-LARGE", SourceLocation.of(name, ""), Files.size(file),
                                ReadLimits.DEFAULT.maxBytes())));
            }
            return GradleDependencies.parse(name, new String(bytes, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return new GradleDependencies.DependencyScan(name, List.of(),
                    Report.of(error("PPM-IO-NOT-FOUND", SourceLocation.of(name, ""), name)));
        } catch (IOException e) {
            return new GradleDependencies.DependencyScan(name, List.of(),
                    Report.of(error("PPM-IO-UNREADABLE", SourceLocation.of(name, ""), String.valueOf(e.getMessage()))));
        }
    }

    /** Reads an {@code AndroidManifest.xml} securely. */
    public static AndroidManifests.ManifestScan readManifest(Path file) {
        String name = file.toString();
        try {
            byte[] bytes = readBounded(file);
            if (bytes == null) {
                return new AndroidManifests.ManifestScan(name, "", List.of(), List.of(),
                        Report.of(error("PPM-IO-TOO-LARGE", SourceLocation.of(name, ""), Files.size(file),
                                ReadLimits.DEFAULT.maxBytes())));
            }
            return AndroidManifests.parse(name, bytes);
        } catch (NoSuchFileException e) {
            return new AndroidManifests.ManifestScan(name, "", List.of(), List.of(),
                    Report.of(error("PPM-IO-NOT-FOUND", SourceLocation.of(name, ""), name)));
        } catch (IOException e) {
            return new AndroidManifests.ManifestScan(name, "", List.of(), List.of(),
                    Report.of(error("PPM-IO-UNREADABLE", SourceLocation.of(name, ""), String.valueOf(e.getMessage()))));
        }
    }

    /**
     * Checks a validated policy against the app's dependencies and manifest; either may be {@code null}
     * when not given. The report includes the inputs' own read findings.
     */
    public static Report check(ValidatedPolicy policy, GradleDependencies.DependencyScan dependencies,
            AndroidManifests.ManifestScan manifest) {
        return check(policy.policy(), policy.sourceMap(), dependencies, manifest, SdkVendors.builtIn(), policy.taxonomy());
    }

    static Report check(Policy policy, SourceMap map, GradleDependencies.DependencyScan dependencies,
            AndroidManifests.ManifestScan manifest, SdkVendors vendors, Taxonomy taxonomy) {
        List<Diagnostic> findings = new ArrayList<>();
        Report inputs = Report.empty();
        if (dependencies != null) {
            inputs = inputs.plus(dependencies.report());
        }
        boolean manifestRead = manifest != null && !manifest.report().hasErrors();
        if (manifest != null) {
            inputs = inputs.plus(manifest.report());
        }
        if (dependencies != null || manifestRead) {
            // Without any evidence read from the app there is nothing to compare the SDK list with.
            checkSdks(policy, map, dependencies, manifestRead ? manifest : null, vendors, findings);
        }
        if (manifestRead) {
            checkPermissions(policy, map, manifest, taxonomy.permissions(), findings);
        }
        return inputs.plus(new Report(findings));
    }

    // ---- SDKs ---------------------------------------------------------------------------------------

    private static void checkSdks(Policy policy, SourceMap map, GradleDependencies.DependencyScan dependencies,
            AndroidManifests.ManifestScan manifest, SdkVendors vendors, List<Diagnostic> findings) {
        Map<SdkVendor, Evidence> present = new LinkedHashMap<>();
        if (dependencies != null) {
            for (Coordinate c : dependencies.coordinates()) {
                vendors.byArtifact(c.group(), c.artifact()).ifPresent(v -> present.putIfAbsent(v,
                        new Evidence(c.toString(), new SourceLocation(dependencies.file(), "", c.line(), 1))));
            }
        }
        if (manifest != null) {
            for (Located component : manifest.components()) {
                vendors.byClass(component.value()).ifPresent(v -> present.putIfAbsent(v,
                        new Evidence(component.value(), new SourceLocation(manifest.file(), "", component.line(), 1))));
            }
        }
        Set<SdkVendor> declared = new LinkedHashSet<>();
        for (int i = 0; i < policy.sdks().size(); i++) {
            Sdk sdk = policy.sdks().get(i);
            if (!sdk.platforms().isEmpty() && !sdk.platforms().contains(Platform.ANDROID)) {
                continue;
            }
            SourceLocation at = map.locate("/sdks/" + i);
            Optional<SdkVendor> match = vendors.match(sdk);
            if (match.isEmpty()) {
                findings.add(finding("PPM-INV-SDK-UNKNOWN", Severity.INFO, at, sdk.id().value(), sdk.label()));
                continue;
            }
            SdkVendor vendor = match.get();
            declared.add(vendor);
            if (present.containsKey(vendor)) {
                continue;
            }
            if (dependencies != null && !vendor.maven().isEmpty()) {
                findings.add(finding("PPM-INV-SDK-ABSENT", Severity.WARNING, at, sdk.id().value(), vendor.label(),
                        String.join("`, `", vendor.maven())));
            } else {
                String why = dependencies == null && !vendor.maven().isEmpty() ? "inventory.why.no-deps"
                        : "inventory.why.aar";
                findings.add(finding("PPM-INV-SDK-UNCHECKED", Severity.INFO, at, sdk.id().value(), vendor.label(),
                        Messages.of(why)));
            }
        }
        present.forEach((vendor, evidence) -> {
            if (!declared.contains(vendor)) {
                findings.add(finding("PPM-INV-SDK-UNDECLARED", Severity.ERROR, evidence.at(), vendor.label(),
                        evidence.what(), vendor.key()));
            }
        });
    }

    private record Evidence(String what, SourceLocation at) {
    }

    // ---- permissions --------------------------------------------------------------------------------

    private static void checkPermissions(Policy policy, SourceMap map, AndroidManifests.ManifestScan manifest,
            Vocabulary permissions, List<Diagnostic> findings) {
        Set<String> declaredNames = new LinkedHashSet<>();
        for (Permission permission : policy.permissions()) {
            PermissionKey key = androidKey(permission);
            if (key != null) {
                declaredNames.addAll(androidNames(permissions, key.value()));
            }
        }
        for (Sdk sdk : policy.sdks()) {
            // An SDK entry that lists a permission declares that the app asks for it on the SDK's behalf.
            for (PermissionKey key : sdk.permissions()) {
                declaredNames.addAll(androidNames(permissions, key.value()));
            }
        }
        Set<String> requested = new LinkedHashSet<>();
        for (Located p : manifest.permissions()) {
            if (!requested.add(p.value()) || declaredNames.contains(p.value())) {
                continue;
            }
            SourceLocation at = new SourceLocation(manifest.file(), "", p.line(), 1);
            Optional<TaxonomyEntry> known = mostSpecific(permissions, p.value());
            if (known.isPresent()) {
                findings.add(finding("PPM-INV-PERM-UNDECLARED", Severity.ERROR, at, p.value(), known.get().key(),
                        known.get().label()));
            } else {
                findings.add(finding("PPM-INV-PERM-UNKNOWN", Severity.INFO, at, p.value()));
            }
        }
        for (int i = 0; i < policy.permissions().size(); i++) {
            Permission permission = policy.permissions().get(i);
            PermissionKey key = androidKey(permission);
            if (key == null) {
                continue;
            }
            List<String> names = androidNames(permissions, key.value());
            if (names.isEmpty() || names.stream().anyMatch(requested::contains)) {
                continue;
            }
            findings.add(finding("PPM-INV-PERM-UNUSED", Severity.WARNING, map.locate("/permissions/" + i),
                    permission.id().value(), String.join("`, `", names)));
        }
    }

    /** The key a permission has on Android, or {@code null} when the policy asks for it on other platforms only. */
    private static PermissionKey androidKey(Permission permission) {
        if (!permission.platforms().isEmpty() && !permission.platforms().contains(Platform.ANDROID)) {
            return null;
        }
        for (PermissionVariant variant : permission.variants()) {
            if (variant.platform() == Platform.ANDROID) {
                return variant.key();
            }
        }
        return permission.key();
    }

    /** The Android names of {@code key} and of every key below it. */
    private static List<String> androidNames(Vocabulary permissions, String key) {
        Set<String> names = new LinkedHashSet<>();
        for (String k : permissions.descendantsOrSelf(key)) {
            permissions.get(k).ifPresent(e -> names.addAll(e.android()));
        }
        return List.copyOf(names);
    }

    /** The deepest taxonomy entry that lists {@code androidName}. */
    private static Optional<TaxonomyEntry> mostSpecific(Vocabulary permissions, String androidName) {
        TaxonomyEntry best = null;
        for (TaxonomyEntry entry : permissions.entries()) {
            if (entry.android().contains(androidName) && (best == null || entry.key().length() > best.key().length())) {
                best = entry;
            }
        }
        return Optional.ofNullable(best);
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static Diagnostic finding(String rule, Severity severity, SourceLocation at, Object... args) {
        return new Diagnostic(rule, severity, Messages.of(rule, args), Messages.help(rule, args), at, List.of());
    }

    private static Diagnostic error(String rule, SourceLocation at, Object... args) {
        return finding(rule, Severity.ERROR, at, args);
    }

    /** The file's bytes, or {@code null} when it is larger than the default read limit. */
    private static byte[] readBounded(Path file) throws IOException {
        long limit = ReadLimits.DEFAULT.maxBytes();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            return bytes.length > limit ? null : bytes;
        }
    }
}
