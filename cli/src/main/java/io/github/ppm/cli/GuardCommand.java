package io.github.ppm.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ppm guard}: is one data flow declared, and may it happen now? */
@Command(name = "guard",
        description = {
            "Decide one data flow against a policy: may this data go to this",
            "recipient or SDK for this purpose, given the user's consent state?",
            "Answers ALLOWED_AS_DECLARED, ALLOWED_BY_EXCEPTION (a consent exception",
            "with a PIPL basis), NEEDS_CONSENT or UNDECLARED, citing the policy",
            "objects and sections it relied on. Keys nest: declaring",
            "device.identifier covers device.identifier.imei; asking for a broader",
            "category than is declared is UNDECLARED. Semantics: docs/guard.md."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ppm guard examples/jinshang-consumer-finance/policy.yaml \\",
            "      --data device.identifier.oaid --purpose push-delivery \\",
            "      --sdk jiguang-push --consent given",
            "  ppm guard policy.yaml --data identity.document.id-number \\",
            "      --purpose legal-compliance.authority-request \\",
            "      --recipient competent-authorities --format json",
            "",
            "Exit code 0 when the flow is allowed; 3 when it is not, or when the",
            "policy cannot be read; 2 for a usage error."
        },
        mixinStandardHelpOptions = true)
final class GuardCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The policy (.yaml, .yml or .json).")
    private Path file;

    @Option(names = "--data", required = true, paramLabel = "D",
            description = "A data category key, e.g. device.identifier.imei.")
    private String data;

    @Option(names = "--purpose", required = true, paramLabel = "P", description = "A purpose key, e.g. push-delivery.")
    private String purpose;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    @Option(names = "--consent", paramLabel = "given|withdrawn|none", defaultValue = "none",
            description = "The user's consent state. Default: ${DEFAULT-VALUE} (the guard never assumes consent).")
    private Consent consent;

    @Option(names = "--format", paramLabel = "human|json", defaultValue = "human",
            description = "Output: human or json. Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "en",
            description = "Language of messages: zh (中文) or en. Default: ${DEFAULT-VALUE}.")
    private ReportOptions.Lang lang;

    /** Where the flow goes: exactly one of the two. */
    static final class Target {
        @Option(names = "--recipient", required = true, paramLabel = "R", description = "A party id of the policy.")
        String recipient;

        @Option(names = "--sdk", required = true, paramLabel = "S", description = "An SDK id of the policy.")
        String sdk;
    }

    /** Consent states as typed on the command line. */
    enum Consent {
        given, withdrawn, none
    }

    /** Output formats of this command. */
    enum OutputFormat {
        human, json
    }

    @Override
    public Integer call() {
        GuardRun.Result result = GuardRun.run(file, data, purpose, target.sdk != null, target.sdk != null
                ? target.sdk : target.recipient, consent.name(), format == OutputFormat.json, lang.name());
        spec.commandLine().getOut().print(result.text());
        return result.allowed() ? 0 : Main.EXIT_INVALID;
    }
}
