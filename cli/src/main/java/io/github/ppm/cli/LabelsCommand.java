package io.github.ppm.cli;

import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.disclosure.StoreLabel;
import io.github.ppm.core.disclosure.StoreLabels;
import io.github.ppm.core.disclosure.StoreTarget;
import io.github.ppm.core.validate.ValidatedPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ppm labels}: the app-store privacy label of a policy. */
@Command(name = "labels",
        description = {
            "Write an app-store privacy label from a policy:",
            "  apple   Apple's privacy manifest, PrivacyInfo.xcprivacy",
            "  play    the Google Play Data safety CSV",
            "mapped from the taxonomy by schemas/labels/<target>.yaml. What the policy does",
            "not let ppm map or answer is left out or blank and listed on stderr, never",
            "guessed (see docs/store-labels.md)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ppm labels examples/jinshang-consumer-finance/policy.yaml --target apple -o PrivacyInfo.xcprivacy",
            "  ppm labels policy.yaml --target play -o data-safety.csv --lang zh",
            "",
            "Exit code 0 when the label was written (findings may remain), 3 when the policy is invalid."
        },
        mixinStandardHelpOptions = true)
final class LabelsCommand implements Callable<Integer> {
    /** The stores as typed on the command line. */
    enum Target {
        apple, play
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The policy file (.yaml, .yml or .json).")
    private Path file;

    @Option(names = "--target", required = true, paramLabel = "apple|play", description = "Which store: ${COMPLETION-CANDIDATES}.")
    private Target target;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
    private Path output;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "en",
            description = "Language of the findings: zh (中文) or en. Default: ${DEFAULT-VALUE}.")
    private ReportOptions.Lang lang;

    @Override
    public Integer call() throws IOException {
        ValidatedPolicy parsed = ValidPolicy.read(spec, file, lang);
        if (parsed == null) {
            return Main.EXIT_INVALID;
        }
        StoreLabel label = StoreLabels.generate(parsed, StoreTarget.valueOf(target.name().toUpperCase(Locale.ROOT)));
        TablesCommand.write(spec, output, label.content());
        if (!label.report().isEmpty()) {
            spec.commandLine().getErr().print(ReportWriter.of(ReportFormat.HUMAN, lang.name()).write(label.report()));
        }
        return 0;
    }
}
