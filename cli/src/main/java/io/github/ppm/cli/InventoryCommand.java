package io.github.ppm.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ppm inventory}: the policy's SDKs and permissions against the app's. */
@Command(name = "inventory",
        description = {
            "Compare a policy with the Android app it describes. Reports SDKs in the",
            "app that the policy does not declare, declared SDKs the dependencies lack,",
            "manifest permissions the policy does not declare, and declared permissions",
            "the manifest never requests. SDKs are recognised by the built-in vendor",
            "registry (schemas/taxonomy/sdk-vendors.yaml): Gradle coordinates and",
            "Android package prefixes. The manifest is parsed with DTDs and external",
            "entities refused."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./gradlew app:dependencies --configuration releaseRuntimeClasspath > deps.txt",
            "  ppm inventory policy.yaml --gradle deps.txt \\",
            "      --manifest app/build/intermediates/merged_manifests/release/AndroidManifest.xml",
            "  ppm inventory policy.yaml --gradle deps.txt --format json",
            "",
            "Exit code 0 when nothing is wrong, 3 when there is an error (an undeclared",
            "SDK or permission, or an input that cannot be read), 2 for a usage error."
        },
        mixinStandardHelpOptions = true)
final class InventoryCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ReportOptions report;

    @Parameters(index = "0", paramLabel = "FILE", description = "The policy (.yaml, .yml or .json).")
    private Path file;

    @Option(names = "--gradle", paramLabel = "DEPS.txt",
            description = "Output of ./gradlew app:dependencies, or one group:artifact[:version] a line.")
    private Path gradle;

    @Option(names = "--manifest", paramLabel = "AndroidManifest.xml",
            description = "The app's (merged) Android manifest.")
    private Path manifest;

    @Override
    public Integer call() {
        if (gradle == null && manifest == null) {
            spec.commandLine().getErr().println("ppm inventory: give --gradle, --manifest or both");
            spec.commandLine().usage(spec.commandLine().getErr());
            return 2;
        }
        InventoryRun.Result result = InventoryRun.run(file, gradle, manifest, report.writer());
        spec.commandLine().getOut().print(result.text());
        return result.failed() ? Main.EXIT_INVALID : 0;
    }
}
