package io.github.ppm.core.diff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.RepoFiles;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.model.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hand-made later versions of the flagship, each one edit of its YAML text. */
final class FlagshipVersions {
    static final Path FLAGSHIP = RepoFiles.flagship();

    /** A new location SDK from a new provider. */
    static final String NEW_SDK = """
              - id: amap-location
                label: {zh: 高德定位 SDK, en: AMap location SDK}
                provider: amap
                collects:
                  - categories: [location.precise.coordinates, network.wifi.bssid]
                purposes: [location-lookup]
                collectionMethods:
                  - {kind: AUTOMATIC, label: {zh: SDK自行采集, en: collected by the SDK}}
                privacyPolicyUrl: "https://lbs.amap.com/pages/privacy/"
                source: 一.(五).10
            """;
    static final String NEW_PARTY = """
              - id: amap
                kind: sdk-provider
                label: {zh: 高德软件有限公司, en: AutoNavi Software}
                legalName: 高德软件有限公司
                source: 一.(五).10
            """;

    private FlagshipVersions() {
    }

    static String original() throws IOException {
        return Files.readString(FLAGSHIP, StandardCharsets.UTF_8);
    }

    static Policy read(String yaml) {
        Parsed<Policy> parsed = PolicyIO.read("version.yaml", yaml.getBytes(StandardCharsets.UTF_8), Format.YAML);
        assertTrue(parsed.ok(), parsed.report().toString());
        return parsed.value();
    }

    /** {@code yaml} with {@code from} replaced by {@code to}, which must occur exactly once. */
    static String edit(String yaml, String from, String to) {
        int at = yaml.indexOf(from);
        assertTrue(at >= 0 && yaml.indexOf(from, at + 1) < 0, "exactly one `" + from + "`");
        return yaml.substring(0, at) + to + yaml.substring(at + from.length());
    }

    /** Wording only: two labels and a purpose label reworded, nothing else. */
    static String wording(String yaml) {
        yaml = edit(yaml, "label: {zh: 极光消息推送 SDK, en: Jiguang (Aurora) push SDK}",
                "label: {zh: 极光推送 SDK, en: Jiguang push SDK}");
        yaml = edit(yaml, "purposeLabel: {zh: 借款进度、还款提醒等业务通知的精准送达,",
                "purposeLabel: {zh: 借款进度、还款提醒等业务通知的准确送达,");
        return yaml;
    }

    /** A new SDK receiving precise location, and its provider. */
    static String newSdk(String yaml) {
        yaml = edit(yaml, "\nactivities:\n", "\n" + NEW_PARTY.stripTrailing().replace("\n            ", "\n") + "\nactivities:\n");
        return edit(yaml, "\ndisclosures:\n", "\n" + NEW_SDK.stripTrailing() + "\ndisclosures:\n");
    }
}
