package io.github.ppm.core.build;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.disclosure.Html;
import io.github.ppm.model.Policy;
import io.github.ppm.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code index.html} of a build: one bilingual page (Chinese first, each English part marked
 * {@code lang="en"}) listing every output by group, as a table of titles against variants.
 */
final class IndexPage {
    private static final Text TITLE = new Text("隐私信息披露", "Privacy disclosures");
    private static final Text INTRO = new Text("以下文件均由 ppm build 根据同一份隐私政策数据生成。",
            "Every file below was generated from one policy file by ppm build.");
    private static final Text DOCUMENT = new Text("文件", "Document");

    private IndexPage() {
    }

    static String render(BuildInput input, List<Output> outputs) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(both(TITLE)).append("</h1>\n");
        if (input.validation().valid()) {
            Policy policy = input.policy().policy();
            String controller = Html.escape(policy.controller().legalName());
            body.append("<p class=\"subject\">").append(controller).append(" · ")
                    .append(both(policy.document().title())).append("</p>\n");
        }
        body.append("<p>").append(both(INTRO)).append("</p>\n");
        Map<String, List<Output>> groups = new LinkedHashMap<>();
        Map<String, Text> groupTexts = new LinkedHashMap<>();
        for (Output output : outputs) {
            groups.computeIfAbsent(output.group().en(), g -> new ArrayList<>()).add(output);
            groupTexts.putIfAbsent(output.group().en(), output.group());
        }
        for (Map.Entry<String, List<Output>> group : groups.entrySet()) {
            Text groupText = groupTexts.get(group.getKey());
            body.append("<h2>").append(both(groupText)).append("</h2>\n");
            Report findings = group.getValue().stream().map(Output::findings).reduce(Report.empty(), Report::plus);
            if (!findings.isEmpty() || groupText.equals(ReportProducer.VALIDATION_GROUP)) {
                body.append("<p>").append(both(counts(findings))).append("</p>\n");
            }
            body.append(table(groupText, group.getValue()));
        }
        return Html.page("zh", TITLE.zh() + " / " + TITLE.en(), body.toString());
    }

    /** Titles down, variants across, each cell a link. */
    private static String table(Text group, List<Output> outputs) {
        List<String> variants = new ArrayList<>();
        Map<String, Text> titles = new LinkedHashMap<>();
        Map<String, String> paths = new LinkedHashMap<>();
        for (Output output : outputs) {
            if (!variants.contains(output.variant())) {
                variants.add(output.variant());
            }
            titles.putIfAbsent(output.title().en(), output.title());
            paths.put(output.title().en() + "\u0000" + output.variant(), output.path());
        }
        StringBuilder out = new StringBuilder("<table>\n<caption>").append(both(group)).append("</caption>\n");
        out.append("<thead>\n<tr><th scope=\"col\">").append(both(DOCUMENT)).append("</th>");
        for (String variant : variants) {
            out.append("<th scope=\"col\">").append(Html.escape(variant)).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (Map.Entry<String, Text> title : titles.entrySet()) {
            out.append("<tr><th scope=\"row\">").append(both(title.getValue())).append("</th>");
            for (String variant : variants) {
                String path = paths.get(title.getKey() + "\u0000" + variant);
                out.append("<td>");
                if (path != null) {
                    out.append("<a href=\"").append(Html.escape(path)).append("\">")
                            .append(Html.escape(path.substring(path.lastIndexOf('/') + 1))).append("</a>");
                }
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    static Text counts(Report report) {
        return new Text(ReportWriter.of(ReportFormat.HUMAN, "zh").summary(report),
                ReportWriter.of(ReportFormat.HUMAN, "en").summary(report));
    }

    /**
     * 中文 / <span lang="en">English</span>, or the text once when both are the same; Chinese inside
     * the English part is marked back ({@link Html#text}).
     */
    private static String both(Text text) {
        if (text.zh().equals(text.en())) {
            return Html.escape(text.zh());
        }
        return Html.escape(text.zh()) + " / <span lang=\"en\">" + Html.text(text.en(), "en") + "</span>";
    }
}
