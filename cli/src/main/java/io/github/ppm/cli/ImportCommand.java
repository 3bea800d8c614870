package io.github.ppm.cli;

import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ppm import}: RDF written by {@code ppm export} back into a policy file. */
@Command(name = "import",
        description = {
            "Read a policy from RDF (Turtle, JSON-LD, N-Triples or RDF/XML, as `ppm export` writes it)",
            "and write it as YAML (or JSON). The import is lossless: exporting and importing gives back",
            "the same policy.",
            "Reading is offline and bounded: a JSON-LD @context other than ppm's own",
            "(https://w3id.org/ppm/context.jsonld) is refused, not fetched; files over",
            "64 MB, nesting over 200 levels and bytes that are not UTF-8 are refused,",
            "each with its own diagnostic and line."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ppm import policy.ttl -o policy.yaml",
            "  ppm import policy.data --format nt > policy.yaml",
            "  ppm import policy.jsonld -o policy.json",
            "",
            "Exit code 0 when read, 3 when the RDF holds no readable policy (or is refused as above)."
        },
        mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The RDF file.")
    private Path file;

    @Option(names = "--format", paramLabel = "ttl|jsonld|nt|rdfxml",
            description = "RDF syntax of FILE. Default: from its extension.")
    private RdfSyntax format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.yaml",
            description = "Write here (.yaml, .yml or .json) instead of standard output (YAML).")
    private Path output;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "en",
            description = "Language of findings: zh or en. Default: ${DEFAULT-VALUE}.")
    private ReportOptions.Lang lang;

    /** What {@code --format} accepts. */
    enum RdfSyntax {
        ttl, jsonld, nt, rdfxml
    }

    @Override
    public Integer call() throws IOException {
        Format target = output == null ? Format.YAML : Format.of(output).orElse(null);
        if (target == null) {
            spec.commandLine().getErr().println("ppm import: cannot tell the format of " + output
                    + ": name it .yaml, .yml or .json");
            return 2;
        }
        // What comes out must be a valid policy: a graph can state a reference to something it never defines.
        Validation validation = PolicyValidator.check(RdfBridge.read(file, format == null ? null : format.name()));
        if (!validation.valid()) {
            spec.commandLine().getErr().print(ReportWriter.of(ReportFormat.HUMAN, lang.name()).write(validation.report()));
            return Main.EXIT_INVALID;
        }
        String text = PolicyIO.write(validation.policy().policy(), target);
        if (output != null) {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } else {
            spec.commandLine().getOut().print(text);
        }
        return 0;
    }
}
