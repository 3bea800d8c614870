package io.github.ppm.core.build;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.disclosure.StoreLabel;
import io.github.ppm.core.disclosure.StoreLabels;
import io.github.ppm.core.disclosure.StoreTarget;
import io.github.ppm.model.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The app-store labels under {@code labels/}, with what could not be mapped or answered. */
public final class StoreLabelsProducer implements OutputProducer {
    static final Text GROUP = new Text("应用商店隐私标签", "App-store privacy labels");
    private static final Text FINDINGS = new Text("未能映射或回答的项目", "What could not be mapped or answered");

    @Override
    public String id() {
        return "labels";
    }

    @Override
    public List<Output> produce(BuildInput input) throws IOException {
        List<Output> outputs = new ArrayList<>();
        Report all = Report.empty();
        for (StoreTarget target : StoreTarget.values()) {
            StoreLabel label = StoreLabels.generate(input.policy(), target);
            String path = "labels/" + target.fileName();
            input.write(path, label.content());
            outputs.add(new Output(path, GROUP, new Text(target.storeName(), target.storeName()), "label",
                    label.report()));
            all = all.plus(label.report());
        }
        input.write("labels/findings.zh.txt", ReportWriter.of(ReportFormat.HUMAN, "zh").write(all));
        input.write("labels/findings.en.txt", ReportWriter.of(ReportFormat.HUMAN, "en").write(all));
        input.write("labels/findings.json", ReportWriter.of(ReportFormat.JSON, "en").write(all));
        outputs.add(new Output("labels/findings.zh.txt", GROUP, FINDINGS, "zh · text", Report.empty()));
        outputs.add(new Output("labels/findings.en.txt", GROUP, FINDINGS, "en · text", Report.empty()));
        outputs.add(new Output("labels/findings.json", GROUP, FINDINGS, "JSON", Report.empty()));
        return outputs;
    }
}
