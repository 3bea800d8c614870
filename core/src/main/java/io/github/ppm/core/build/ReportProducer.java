package io.github.ppm.core.build;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.lint.Lint;
import io.github.ppm.core.lint.Rules;
import io.github.ppm.model.Text;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * A report of findings, human-readable in both languages, JSON and SARIF: the validation report
 * ({@code ppm validate}) and the compliance report ({@code ppm lint}).
 *
 * @param id          the producer's name, also the folder its files go to
 * @param group       the index section
 * @param title       what the report is
 * @param needsPolicy whether it needs a policy without errors
 * @param findings    how to get the findings from the build input
 */
public record ReportProducer(String id, Text group, Text title, boolean needsPolicy,
        Function<BuildInput, Report> findings) implements OutputProducer {
    /** The index section of the validation report, which the index always shows. */
    static final Text VALIDATION_GROUP = new Text("校验报告", "Validation report");

    /** Structure, types and references: works on unreadable input too. */
    public static ReportProducer validation() {
        return new ReportProducer("validation", VALIDATION_GROUP,
                new Text("结构、类型与引用校验（ppm validate）", "Structure, types and references (ppm validate)"),
                false, BuildInput::report);
    }

    /** Compliance rules with the project's options, exactly as {@code ppm lint} reports them. */
    public static ReportProducer lint() {
        return new ReportProducer("lint", new Text("合规检查", "Compliance check"),
                new Text("合规规则检查（ppm lint）", "Compliance rules (ppm lint)"),
                true, input -> input.lint().ok()
                        ? input.lint().report().plus(Lint.run(input.validation(), input.lint().value()).report())
                        : input.lint().report());
    }

    @Override
    public List<Output> produce(BuildInput input) throws IOException {
        Report report = findings.apply(input);
        input.write(id + "/report.zh.txt", ReportWriter.of(ReportFormat.HUMAN, "zh").write(report));
        input.write(id + "/report.en.txt", ReportWriter.of(ReportFormat.HUMAN, "en").write(report));
        input.write(id + "/report.json", ReportWriter.of(ReportFormat.JSON, "en").write(report));
        input.write(id + "/report.sarif", ReportWriter.of(ReportFormat.SARIF, "en").withRules(Rules.descriptions())
                .write(report));
        return List.of(
                new Output(id + "/report.zh.txt", group, title, "zh · text", report),
                new Output(id + "/report.en.txt", group, title, "en · text", Report.empty()),
                new Output(id + "/report.json", group, title, "JSON", Report.empty()),
                new Output(id + "/report.sarif", group, title, "SARIF", Report.empty()));
    }
}
