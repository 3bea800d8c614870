package io.github.ppm.cli;

import io.github.ppm.core.build.Build;
import io.github.ppm.core.build.BuildOptions;
import io.github.ppm.core.build.BuildResult;
import io.github.ppm.core.build.Output;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.diag.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ppm build}: everything for one policy in one folder. */
@Command(name = "build",
        description = {
            "Write everything ppm makes for one policy into a folder, with an index.html",
            "linking it all: the validation report, every disclosure table in HTML,",
            "Markdown, CSV and JSON in Chinese and English, and the app-store labels",
            "(PrivacyInfo.xcprivacy, data-safety.csv) with their findings. Then print a",
            "short summary."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ppm build examples/jinshang-consumer-finance/policy.yaml -o target/site/privacy",
            "  ppm build policy.yaml -o out --lang zh",
            "  ppm build policy.yaml -o out --disable PIPL-52   (lint options as for ppm lint)",
            "",
            "The lint report uses the project file .ppm-lint.yaml (next to the policy, else in the",
            "working directory, or --config) and the flags exactly as ppm lint does.",
            "",
            "Exit code 0 when the policy is valid, 3 when it is not (then only the validation report is written),",
            "2 when -o is the file-system root, the home folder, a file, or holds a symbolic link."
        },
        mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The policy file (.yaml, .yml or .json).")
    private Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The folder to write into.")
    private Path output;

    @Mixin
    private LintFlags lint;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "en",
            description = "Language of the summary: zh (中文) or en. Default: ${DEFAULT-VALUE}.")
    private ReportOptions.Lang lang;

    @Override
    public Integer call() throws IOException {
        BuildResult result = Build.run(file, output, BuildOptions.defaults().withLint(lint.config, lint.options()));
        PrintWriter out = spec.commandLine().getOut();
        String l = lang.name();
        out.println(("zh".equals(l) ? "ppm build：已将 " + result.outputs().size() + " 个文件写入 "
                : "ppm build: wrote " + result.outputs().size() + " files to ") + TerminalText.escape(output.toString()));
        Map<String, List<Output>> groups = new LinkedHashMap<>();
        for (Output o : result.outputs()) {
            if (o.path().equals("index.html")) {
                continue;
            }
            groups.computeIfAbsent(o.group().in(l), g -> new ArrayList<>()).add(o);
        }
        for (Map.Entry<String, List<Output>> group : groups.entrySet()) {
            Report findings = group.getValue().stream().map(Output::findings).reduce(Report.empty(), Report::plus);
            out.println("  " + group.getKey() + ": " + group.getValue().size()
                    + ("zh".equals(l) ? " 个文件；" : " file(s); ") + counts(findings, l));
        }
        out.println(("zh".equals(l) ? "打开 " : "open ") + TerminalText.escape(output.resolve("index.html").toString()));
        out.flush();
        return result.valid() ? 0 : Main.EXIT_INVALID;
    }

    private static String counts(Report report, String lang) {
        return ReportWriter.of(ReportFormat.HUMAN, lang).summary(report);
    }
}
