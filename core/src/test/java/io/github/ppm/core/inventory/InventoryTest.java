package io.github.ppm.core.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.RecordingServer;
import io.github.ppm.core.RepoFiles;
import io.github.ppm.core.Valid;
import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.model.Policy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy against an app's Gradle dependencies and manifest, and the manifest reader's defences. */
class InventoryTest {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures/inventory");
    static final Path FLAGSHIP = RepoFiles.flagship();

    @Test
    void theGradleTreeYieldsEachArtifactOnceWithItsResolvedVersion() {
        GradleDependencies.DependencyScan scan = Inventory.readDependencies(FIXTURES.resolve("app-dependencies.txt"));
        assertTrue(scan.report().isEmpty(), scan.report().toString());
        List<String> all = scan.coordinates().stream().map(Coordinate::toString).toList();
        assertEquals(List.of("androidx.core:core-ktx:1.12.0", "org.jetbrains.kotlin:kotlin-stdlib:1.9.22",
                "com.squareup.okhttp3:okhttp:4.12.0", "com.squareup.okio:okio:3.6.0", "cn.jiguang.sdk:jpush:5.2.2",
                "cn.jiguang.sdk:jcore:4.5.0", "cn.jiguang.sdk:jverification:3.1.9",
                "com.tencent.mm.opensdk:wechat-sdk-android:6.8.30", "com.alipay.sdk:alipaysdk-android:15.8.17",
                "com.umeng.umsdk:common:9.6.8", "com.umeng.umsdk:asms:1.8.0", "com.tencent.bugly:crashreport:4.1.9.3",
                "com.google.firebase:firebase-messaging:23.4.0", "com.google.firebase:firebase-common:20.4.2"), all);
        assertEquals(14, scan.coordinates().get(4).line(), "jpush is on line 14");
    }

    @Test
    void aPlainListOfCoordinatesWorksToo() {
        GradleDependencies.DependencyScan scan = Inventory.readDependencies(FIXTURES.resolve("plain-coordinates.txt"));
        assertEquals(List.of("cn.jiguang.sdk:jpush:5.2.2", "com.baidu.lbsyun:BaiduMapSDK_Location_All:9.4.0",
                "com.getui:gtsdk:3.3.12.0", "com.sensorsdata.analytics.android:SensorsAnalyticsSDK"),
                scan.coordinates().stream().map(Coordinate::toString).toList());
        GradleDependencies.DependencyScan empty = GradleDependencies.parse("x.txt", "BUILD SUCCESSFUL\n");
        assertEquals("PPM-INV-DEPS-EMPTY", empty.report().diagnostics().get(0).rule());
    }

    @Test
    void aVersionCatalogYieldsItsLibraries() {
        GradleDependencies.DependencyScan scan = Inventory.readDependencies(FIXTURES.resolve("libs.versions.toml"));
        assertEquals(List.of("cn.jiguang.sdk:jpush:5.2.2", "com.squareup.okhttp3:okhttp:4.12.0",
                "com.tencent.mm.opensdk:wechat-sdk-android:6.8.30", "com.alipay.sdk:alipaysdk-android:15.8.17",
                "com.umeng.umsdk:common:9.6.8", "com.google.firebase:firebase-bom"),
                scan.coordinates().stream().map(Coordinate::toString).toList());
        assertEquals(8, scan.coordinates().get(0).line(), "jpush is on line 8");
        assertEquals(List.of("PPM-INV-CATALOG-ENTRY"), scan.report().diagnostics().stream().map(d -> d.rule()).toList());
        assertEquals(14, scan.report().diagnostics().get(0).location().line());
        GradleDependencies.DependencyScan empty = GradleDependencies.parse("libs.versions.toml", "[versions]\nx = \"1\"\n");
        assertEquals("PPM-INV-DEPS-EMPTY", empty.report().diagnostics().get(0).rule());
    }

    @Test
    void aCompiledManifestIsNamedAsSuchWithTheWayToTheTextOne(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("AndroidManifest.xml");
        Files.write(binary, new byte[] {0x03, 0x00, 0x08, 0x00, 0x10, 0x27, 0x00, 0x00, 0x01, 0x00, 0x1C, 0x00});
        AndroidManifests.ManifestScan scan = Inventory.readManifest(binary);
        assertEquals(1, scan.report().diagnostics().size(), scan.report().toString());
        Diagnostic only = scan.report().diagnostics().get(0);
        assertEquals("PPM-INV-XML-BINARY", only.rule());
        assertTrue(only.message().en().contains("compiled (binary) manifest"), only.message().en());
        assertTrue(only.help().en().contains("apktool d") && only.help().en().contains("merged_manifests"), only.help().en());
        Files.write(binary, new byte[] {0x03, 0x00});
        assertEquals("PPM-INV-XML-SYNTAX", Inventory.readManifest(binary).report().diagnostics().get(0).rule(),
                "two bytes are not the header");
    }

    @Test
    void theManifestYieldsPermissionsAndComponents() {
        AndroidManifests.ManifestScan scan = Inventory.readManifest(FIXTURES.resolve("AndroidManifest.xml"));
        assertTrue(scan.report().isEmpty(), scan.report().toString());
        assertEquals("com.example.lending", scan.packageName());
        assertEquals(11, scan.permissions().size());
        assertTrue(scan.components().stream().anyMatch(c -> c.value().equals("com.example.lending.MainActivity")));
        assertEquals(new Located("cn.jpush.android.service.PushReceiver", 20), scan.components().get(1));
    }

    @Test
    void theFlagshipAgainstTheSampleApp() {
        Parsed<Policy> parsed = PolicyIO.read(FLAGSHIP);
        Report report = Inventory.check(Valid.of(parsed),
                Inventory.readDependencies(FIXTURES.resolve("app-dependencies.txt")),
                Inventory.readManifest(FIXTURES.resolve("AndroidManifest.xml")));
        Set<String> found = new TreeSet<>();
        for (Diagnostic d : report.diagnostics()) {
            found.add(d.rule() + " " + d.message().en());
        }
        Set<String> expected = new TreeSet<>(List.of(
                "PPM-INV-SDK-UNDECLARED the app contains Tencent Bugly crash reporting (`com.tencent.bugly:crashreport:4.1.9.3`), which the policy does not declare",
                "PPM-INV-SDK-UNDECLARED the app contains Google Firebase (`com.google.firebase:firebase-messaging:23.4.0`), which the policy does not declare",
                "PPM-INV-SDK-UNDECLARED the app contains Getui push SDK (`com.igexin.sdk.PushService`), which the policy does not declare",
                "PPM-INV-SDK-ABSENT the policy declares SDK `baidu-location` (Baidu location SDK), but the dependencies contain none of `com.baidu.lbsyun:BaiduMapSDK_Location`, `com.baidu.lbsyun:BaiduMapSDK_Location_All`",
                "PPM-INV-SDK-UNCHECKED cannot tell whether SDK `unicom-auth` (China Unicom number authentication SDK) is in the app: it has no Maven coordinates, and no manifest component of it was found",
                "PPM-INV-SDK-UNCHECKED cannot tell whether SDK `telecom-auth` (China Telecom number authentication SDK) is in the app: it has no Maven coordinates, and no manifest component of it was found",
                "PPM-INV-SDK-UNCHECKED cannot tell whether SDK `tencent-cloud-face` (Tencent Cloud FaceID (Huiyan) face verification SDK) is in the app: it has no Maven coordinates, and no manifest component of it was found",
                "PPM-INV-SDK-UNCHECKED cannot tell whether SDK `baiqishi-fingerprint` (Baiqishi device fingerprint SDK) is in the app: it has no Maven coordinates, and no manifest component of it was found",
                "PPM-INV-PERM-UNDECLARED the app requests `android.permission.READ_CONTACTS` (permission `contacts`, Contacts), which the policy does not declare",
                "PPM-INV-PERM-UNDECLARED the app requests `android.permission.QUERY_ALL_PACKAGES` (permission `install-list`, Installed app list), which the policy does not declare",
                "PPM-INV-PERM-UNKNOWN the app requests `android.permission.VIBRATE`, which the permission taxonomy does not know",
                "PPM-INV-PERM-UNUSED the policy declares permission `microphone`, but the manifest requests none of `android.permission.RECORD_AUDIO`"));
        assertEquals(expected, found, ReportWriter.of(ReportFormat.HUMAN, "en").write(report));
        // Findings in the policy point at its lines; findings in the app point at the app's lines.
        Diagnostic absent = report.diagnostics().stream().filter(d -> d.rule().equals("PPM-INV-SDK-ABSENT")).findFirst()
                .orElseThrow();
        assertTrue(absent.location().file().endsWith("policy.yaml") && absent.location().line() > 0, absent.toString());
        Diagnostic bugly = report.diagnostics().stream().filter(d -> d.message().en().contains("Bugly")).findFirst()
                .orElseThrow();
        assertEquals(22, bugly.location().line());
        assertEquals(3, report.count(Severity.ERROR) - 2, "three SDK errors, two permission errors");
    }

    @Test
    void everyFlagshipSdkIsInTheRegistry() {
        Policy policy = PolicyIO.read(FLAGSHIP).orThrow();
        for (var sdk : policy.sdks()) {
            assertTrue(SdkVendors.builtIn().match(sdk).isPresent(), sdk.id().value());
        }
        assertEquals(12, policy.sdks().stream().map(s -> SdkVendors.builtIn().match(s).orElseThrow().key())
                .distinct().count(), "each flagship SDK matches its own entry");
    }

    @Test
    void theRegistryReadsStrictlyAndIsWellFormed() {
        Parsed<SdkVendorFile> parsed = SdkVendors.readFile();
        assertTrue(parsed.ok(), parsed.report().toString());
        Set<String> keys = new TreeSet<>();
        Set<String> aliases = new TreeSet<>();
        for (SdkVendor v : parsed.value().entries()) {
            assertTrue(keys.add(v.key()), "duplicate key " + v.key());
            assertTrue(v.key().matches("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+"), v.key());
            assertFalse(v.maven().isEmpty() && v.androidPackages().isEmpty(), "recognisable: " + v.key());
            for (String coordinate : v.maven()) {
                assertTrue(coordinate.matches("[A-Za-z0-9_.-]+:([A-Za-z0-9_.-]+|\\*)"), coordinate);
            }
            for (String alias : v.aliases()) {
                assertTrue(aliases.add(SdkVendors.normalise(alias)), "alias on two entries: " + alias);
            }
            assertTrue(v.source().length() > 40, "say where the coordinates come from: " + v.key());
        }
        assertTrue(parsed.value().entries().size() >= 15);
        String bad = "registry: sdk-vendor\nentries:\n  - key: a.b\n    label: {zh: 甲, en: A}\n    source: x\n    mavn: []\n";
        assertEquals("PPM-IO-UNKNOWN-FIELD", io.github.ppm.core.io.DocumentReader.of(SdkVendorFile.class)
                .read("bad.yaml", bad.getBytes(StandardCharsets.UTF_8), io.github.ppm.core.io.Format.YAML)
                .report().diagnostics().get(0).rule());
    }

    @Test
    void anExternalFileEntityIsOneDiagnosticAndTheFileIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CANARY");
        Path hostile = dir.resolve("AndroidManifest.xml");
        Files.writeString(hostile, """
                <?xml version="1.0"?>
                <!DOCTYPE manifest [ <!ENTITY s SYSTEM "%s"> ]>
                <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="x">
                  <uses-permission android:name="&s;" />
                </manifest>
                """.formatted(secret.toUri()));
        AndroidManifests.ManifestScan scan = Inventory.readManifest(hostile);
        assertEquals(1, scan.report().diagnostics().size());
        Diagnostic d = scan.report().diagnostics().get(0);
        assertEquals("PPM-INV-XML-DOCTYPE", d.rule());
        assertEquals(2, d.location().line());
        assertTrue(scan.permissions().isEmpty());
        assertFalse(ReportWriter.of(ReportFormat.JSON, "en").write(scan.report()).contains("TOP-SECRET-CANARY"));
    }

    @Test
    void externalDtdsAndEntitiesAreNeverFetched() throws Exception {
        RecordingServer server = RecordingServer.answering("<!ENTITY x 'pwned'>");
        try (server) {
            String base = server.url("");
            for (String doctype : List.of(
                    "<!DOCTYPE manifest SYSTEM \"" + base + "/external.dtd\">",
                    "<!DOCTYPE manifest [ <!ENTITY % p SYSTEM \"" + base + "/param.dtd\"> %p; ]>",
                    "<!DOCTYPE manifest [ <!ENTITY e SYSTEM \"" + base + "/entity\"> ]>")) {
                String xml = "<?xml version=\"1.0\"?>\n" + doctype + "\n<manifest package=\"x\"/>\n";
                AndroidManifests.ManifestScan scan = AndroidManifests.parse("m.xml", xml.getBytes(StandardCharsets.UTF_8));
                assertEquals(1, scan.report().diagnostics().size(), doctype);
                assertEquals("PPM-INV-XML-DOCTYPE", scan.report().diagnostics().get(0).rule(), doctype);
            }
        }
        assertEquals(0, server.requests(), "no request reached the loopback server");
    }

    @Test
    void hostileAndBrokenManifestsAreOneDiagnosticEach() {
        for (String name : List.of("xxe-file.xml", "billion-laughs.xml", "broken.xml", "not-a-manifest.xml",
                "no-such-manifest.xml")) {
            AndroidManifests.ManifestScan scan = Inventory.readManifest(FIXTURES.resolve(name));
            assertEquals(1, scan.report().diagnostics().size(), name + ": " + scan.report());
            String rule = scan.report().diagnostics().get(0).rule();
            String expected = switch (name) {
                case "xxe-file.xml", "billion-laughs.xml" -> "PPM-INV-XML-DOCTYPE";
                case "broken.xml" -> "PPM-INV-XML-SYNTAX";
                case "not-a-manifest.xml" -> "PPM-INV-XML-NOT-MANIFEST";
                default -> "PPM-IO-NOT-FOUND";
            };
            assertEquals(expected, rule, name);
        }
    }

    @Test
    void aHostileManifestStopsOnlyThePermissionCheck() {
        Parsed<Policy> parsed = PolicyIO.read(FLAGSHIP);
        Report report = Inventory.check(Valid.of(parsed), null,
                Inventory.readManifest(FIXTURES.resolve("xxe-file.xml")));
        assertEquals(1, report.count(Severity.ERROR), ReportWriter.of(ReportFormat.HUMAN, "en").write(report));
        assertEquals(1, report.diagnostics().size(), "nothing read from the app, nothing to compare");
    }
}
