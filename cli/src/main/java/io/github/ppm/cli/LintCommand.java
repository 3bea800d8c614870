package io.github.ppm.cli;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.lint.Lint;
import io.github.ppm.core.lint.LintConfig;
import io.github.ppm.core.lint.LintOptions;
import io.github.ppm.core.lint.LintResult;
import io.github.ppm.core.lint.Rules;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ppm lint}: compliance rules over valid policies. */
@Command(name = "lint",
        description = {
            "Check policies against Chinese personal-information law and practice: PIPL, the Network",
            "Data Security Regulations, the anti-money-laundering law, GB/T 35273, TC260 guides, MIIT",
            "rules, and the policy's own consistency. Each finding names its rule and the clause it rests on.",
            "Validation runs first; an invalid policy gets its validation findings and exit code 3.",
            "A project file .ppm-lint.yaml (next to the policy, else in the working directory, or --config)",
            "can disable rules or change their severity; the policy's own `suppressions` silence findings."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ppm lint examples/jinshang-consumer-finance/policy.yaml",
            "  ppm lint policy.yaml --lang zh",
            "  ppm lint policy.yaml --format sarif > lint.sarif",
            "  ppm lint policy.yaml --fail-on warning --disable PIPL-52 --severity CONSIST-LINKS=warning",
            "  ppm rules                 (list every rule)",
            "",
            "Exit code 0 when no finding reaches --fail-on, 3 when one does or the policy is invalid,",
            "2 for a usage error (e.g. an unknown rule id)."
        },
        mixinStandardHelpOptions = true)
final class LintCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ReportOptions report;

    @Option(names = "--fail-on", paramLabel = "error|warning|never", defaultValue = "error",
            description = "The least serious finding that makes the exit code 3. Default: ${DEFAULT-VALUE}.")
    private FailOn failOn;

    @Mixin
    private LintFlags lint;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Policy files (.yaml, .yml or .json).")
    private List<Path> files;

    /** When the exit code turns to 3. */
    enum FailOn {
        error, warning, never
    }

    @Override
    public Integer call() {
        LintOptions flags = lint.options();
        Report all = Report.empty();
        boolean invalid = false;
        Path workingDir = Path.of("").toAbsolutePath();
        for (Path file : files) {
            Parsed<LintOptions> options = LintConfig.resolve(file, workingDir, lint.config, flags);
            all = all.plus(options.report());
            if (!options.ok()) {
                invalid = true;
                continue;
            }
            LintResult result = Lint.run(PolicyIO.read(file), options.value());
            all = all.plus(result.report());
            invalid |= !result.valid();
        }
        spec.commandLine().getOut().print(report.writer().withRules(Rules.descriptions()).write(all));
        if (invalid) {
            return Main.EXIT_INVALID;
        }
        return switch (failOn) {
            case error -> all.hasAtLeast(Severity.ERROR) ? Main.EXIT_INVALID : 0;
            case warning -> all.hasAtLeast(Severity.WARNING) ? Main.EXIT_INVALID : 0;
            case never -> 0;
        };
    }
}
