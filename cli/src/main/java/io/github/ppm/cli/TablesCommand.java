package io.github.ppm.cli;

import io.github.ppm.core.disclosure.Table;
import io.github.ppm.core.disclosure.TableFormat;
import io.github.ppm.core.disclosure.TableKind;
import io.github.ppm.core.disclosure.Tables;
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

/** {@code ppm tables}: one disclosure table of a policy. */
@Command(name = "tables",
        description = {
            "Print a disclosure table of a policy:",
            "  collection   the personal-information collection list (个人信息收集清单)",
            "  sharing      the third-party sharing list (第三方信息共享清单)",
            "  sdks, permissions, retention, rights, scenarios",
            "Every row cites the policy section it comes from. HTML is one self-contained",
            "page; CSV is RFC 4180 with formula-like cells neutralised."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ppm tables examples/jinshang-consumer-finance/policy.yaml --kind collection",
            "  ppm tables policy.yaml --kind sharing --format csv --lang zh -o sharing.csv",
            "  ppm tables policy.yaml --kind rights --format md --lang en",
            "",
            "Exit code 0 when the table was written, 3 when the policy is invalid (its findings go to stderr)."
        },
        mixinStandardHelpOptions = true)
final class TablesCommand implements Callable<Integer> {
    /** The table kinds as typed on the command line. */
    enum Kind {
        collection, sharing, sdks, permissions, retention, rights, scenarios
    }

    /** The table formats as typed on the command line. */
    enum Fmt {
        html, md, csv, json;

        /** The format a file name's extension names, or null for another extension. */
        static Fmt of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Fmt f : values()) {
                if (name.endsWith("." + f.name())) {
                    return f;
                }
            }
            return name.endsWith(".htm") ? html : name.endsWith(".markdown") ? md : null;
        }
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The policy file (.yaml, .yml or .json).")
    private Path file;

    @Option(names = "--kind", required = true, paramLabel = "NAME",
            description = "Which table: ${COMPLETION-CANDIDATES}.")
    private Kind kind;

    @Option(names = "--format", paramLabel = "html|md|csv|json",
            description = "Output format. Default: from the extension of -o, else html.")
    private Fmt format;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of the table (and of findings): zh (中文) or en. Default: ${DEFAULT-VALUE}.")
    private ReportOptions.Lang lang;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        Fmt chosen = chosenFormat(spec, "tables", format, output);
        if (chosen == null) {
            return 2;
        }
        ValidatedPolicy parsed = ValidPolicy.read(spec, file, lang);
        if (parsed == null) {
            return Main.EXIT_INVALID;
        }
        Table table = Tables.build(parsed, TableKind.valueOf(kind.name().toUpperCase(Locale.ROOT)));
        String text = Tables.render(table, formatOf(chosen), lang.name());
        write(spec, output, text);
        return 0;
    }

    /**
     * {@code --format} when given, else the extension of {@code -o}, else HTML. A {@code --format}
     * that contradicts a known extension ({@code --format csv -o t.html}) is a mistake, not a
     * choice: it and an unknown extension without {@code --format} are reported, and null returned.
     */
    static Fmt chosenFormat(CommandSpec spec, String command, Fmt given, Path output) {
        Fmt named = output == null ? null : Fmt.of(output);
        if (given != null && named != null && given != named) {
            spec.commandLine().getErr().println("ppm " + command + ": --format " + given + " does not match `"
                    + output + "`: name the file *." + given + " or leave --format out");
            return null;
        }
        if (given == null && output != null && named == null) {
            spec.commandLine().getErr().println("ppm " + command + ": cannot tell the format of `" + output
                    + "`: give --format html|md|csv|json");
            return null;
        }
        return given != null ? given : named != null ? named : Fmt.html;
    }

    static TableFormat formatOf(Fmt fmt) {
        return switch (fmt) {
            case html -> TableFormat.HTML;
            case md -> TableFormat.MARKDOWN;
            case csv -> TableFormat.CSV;
            case json -> TableFormat.JSON;
        };
    }

    /** Writes to the file when one is given, else to the command's standard output. */
    static void write(CommandSpec spec, Path output, String text) throws IOException {
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return;
        }
        OutputFiles.writeString(output, text);
    }
}
