package io.github.ppm.core.build;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.model.Text;
import java.io.IOException;
import java.util.List;

/** The validation report of the policy: human-readable in both languages, JSON and SARIF. */
public final class ValidationReportProducer implements OutputProducer {
    static final Text GROUP = new Text("校验报告", "Validation report");
    private static final Text TITLE = new Text("结构、类型与引用校验（ppm validate）", "Structure, types and references (ppm validate)");

    @Override
    public String id() {
        return "validation";
    }

    @Override
    public boolean needsPolicy() {
        return false;
    }

    @Override
    public List<Output> produce(BuildInput input) throws IOException {
        Report report = input.validation();
        input.write("validation/report.zh.txt", ReportWriter.of(ReportFormat.HUMAN, "zh").write(report));
        input.write("validation/report.en.txt", ReportWriter.of(ReportFormat.HUMAN, "en").write(report));
        input.write("validation/report.json", ReportWriter.of(ReportFormat.JSON, "en").write(report));
        input.write("validation/report.sarif", ReportWriter.of(ReportFormat.SARIF, "en").write(report));
        return List.of(
                new Output("validation/report.zh.txt", GROUP, TITLE, "zh · text", report),
                new Output("validation/report.en.txt", GROUP, TITLE, "en · text", Report.empty()),
                new Output("validation/report.json", GROUP, TITLE, "JSON", Report.empty()),
                new Output("validation/report.sarif", GROUP, TITLE, "SARIF", Report.empty()));
    }
}
