package io.github.ppm.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ppm diff}: what changed between two versions, and must users consent again? */
@Command(name = "diff",
        description = {
            "Compare two versions of a policy: objects added, removed and changed",
            "(matched by id, with their JSON paths and cited sections), each",
            "classified as material or not by the policy's own criteria for material",
            "change (changes.materialChanges, section 七 of the flagship) and PIPL",
            "Art. 14 and 17: the controller's identity or contact, purposes, processing",
            "methods, data categories, retention, recipients, how rights are exercised.",
            "Wording, labels and sources are never material; removals narrow."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ppm diff policy-2024.yaml policy-2025.yaml",
            "  ppm diff old.yaml new.yaml --format md --lang zh > change-review.md",
            "  ppm diff old.yaml new.yaml --format json",
            "",
            "Exit codes: 0 no material change (notice suffices); 4 material change (users",
            "must consent again, PIPL Art. 14 para. 2); 3 a version cannot be read;",
            "2 usage error."
        },
        mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {
    /** A material change: users must consent again. */
    static final int EXIT_MATERIAL = 4;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version (.yaml, .yml or .json).")
    private Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later version.")
    private Path after;

    @Option(names = "--format", paramLabel = "human|json|md", defaultValue = "human",
            description = "Output: human, json or md (Markdown). Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "en",
            description = "Language of messages: zh (中文) or en. Default: ${DEFAULT-VALUE}.")
    private ReportOptions.Lang lang;

    /** Output formats of this command. */
    enum OutputFormat {
        human, json, md
    }

    @Override
    public Integer call() {
        DiffRun.Result result = DiffRun.run(before, after, format.name(), lang.name());
        spec.commandLine().getOut().print(result.text());
        return result.exitCode();
    }
}
