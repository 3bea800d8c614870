package io.github.ppm.cli;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.Validation;
import io.github.ppm.model.Policy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ppm validate}: structure, types, ids and references. */
@Command(name = "validate",
        description = {
            "Check policy files: syntax, fields, types, ids, references.",
            "Reports unknown or missing fields, wrong types, duplicate ids, references to objects",
            "that do not exist and taxonomy keys that do not exist, each with file, line and column.",
            "Compliance rules (PIPL, GB/T 35273, SDK lists) are `ppm lint`."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ppm validate examples/jinshang-consumer-finance/policy.yaml",
            "  ppm validate policies/*.yaml --format sarif > validate.sarif",
            "  ppm validate policy.json --format json --lang zh",
            "  ppm validate --shacl examples/jinshang-consumer-finance/policy.yaml",
            "",
            "Exit code 0 when every file is valid, 3 when any has an error."
        },
        mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ReportOptions report;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Policy files (.yaml, .yml or .json).")
    private List<Path> files;

    @Option(names = "--shacl",
            description = "Also export each valid policy to RDF and run ppm's SHACL shapes on it.")
    private boolean shacl;


    @Override
    public Integer call() {
        Report all = Report.empty();
        for (Path file : files) {
            Validation validation = PolicyValidator.read(file);
            Report findings = validation.report();
            if (shacl && validation.valid()) {
                // Only here does validate touch RDF: without --shacl no RDF class is loaded.
                findings = findings.plus(RdfBridge.check(validation.policy(), "https://w3id.org/ppm/policy/"));
            }
            all = all.plus(findings);
        }
        spec.commandLine().getOut().print(report.writer().write(all));
        return all.hasErrors() ? Main.EXIT_INVALID : 0;
    }

}
