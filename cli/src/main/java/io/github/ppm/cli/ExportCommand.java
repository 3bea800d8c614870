package io.github.ppm.cli;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.core.io.OutputFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ppm export}: a policy as RDF on DPV (Turtle, JSON-LD, N-Triples, RDF/XML), JSON or YAML. */
@Command(name = "export",
        description = {
            "Write a policy as RDF on the W3C Data Privacy Vocabulary (DPV 2.3), or as JSON or YAML.",
            "The RDF is lossless: `ppm import` reads it back into the same policy. With --check the",
            "export is also checked against ppm's SHACL shapes; findings go to standard error."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ppm export examples/jinshang-consumer-finance/policy.yaml --format ttl -o policy.ttl",
            "  ppm export policy.yaml --format jsonld --base https://example.com/policies/ > policy.jsonld",
            "  ppm export policy.yaml -o policy.nt --check",
            "",
            "Exit code 0 when written, 3 when the policy is invalid or --check finds errors."
        },
        mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The policy (.yaml, .yml or .json).")
    private Path file;

    @Option(names = "--format", paramLabel = "ttl|jsonld|nt|rdfxml|json|yaml",
            description = "Output format. Default: from the extension of -o, else ttl.")
    private OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here instead of standard output.")
    private Path output;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "https://w3id.org/ppm/policy/",
            description = "Base of instance IRIs (ends with / or #). Default: ${DEFAULT-VALUE}.")
    private String base;

    @Option(names = "--check", description = "Also run the SHACL shapes on the export.")
    private boolean check;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "en",
            description = "Language of findings: zh or en. Default: ${DEFAULT-VALUE}.")
    private ReportOptions.Lang lang;

    /** What {@code --format} accepts. */
    enum OutputFormat {
        ttl, jsonld, nt, rdfxml, json, yaml;

        static OutputFormat of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (OutputFormat f : values()) {
                if (name.endsWith("." + f.name())) {
                    return f;
                }
            }
            if (name.endsWith(".yml")) {
                return yaml;
            }
            return name.endsWith(".rdf") || name.endsWith(".xml") || name.endsWith(".owl") ? rdfxml : null;
        }
    }

    @Override
    public Integer call() throws IOException {
        OutputFormat chosen = format != null ? format : output != null ? OutputFormat.of(output) : OutputFormat.ttl;
        if (chosen == null) {
            spec.commandLine().getErr().println("ppm export: cannot tell the format of " + output
                    + ": give --format ttl|jsonld|nt|rdfxml|json|yaml");
            return 2;
        }
        String baseProblem = RdfBridge.baseProblem(base);
        if (baseProblem != null) {
            spec.commandLine().getErr().println("ppm export: --base: " + baseProblem);
            return 2;
        }
        ValidatedPolicy policy = ValidPolicy.read(spec, file, lang);
        if (policy == null) {
            return Main.EXIT_INVALID;
        }
        if (chosen == OutputFormat.json || chosen == OutputFormat.yaml) {
            emit(PolicyIO.write(policy.policy(), chosen == OutputFormat.json ? Format.JSON : Format.YAML));
        } else if (output != null) {
            OutputFiles.write(output, out -> RdfBridge.write(policy, chosen.name(), base, out));
        } else {
            emit(RdfBridge.write(policy, chosen.name(), base));
        }
        if (check) {
            Report findings = RdfBridge.check(policy, base);
            spec.commandLine().getErr().print(ReportWriter.of(ReportFormat.HUMAN, lang.name()).write(findings));
            return findings.hasErrors() ? Main.EXIT_INVALID : 0;
        }
        return 0;
    }

    private void emit(String text) throws IOException {
        if (output != null) {
            OutputFiles.writeString(output, text);
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
    }
}
