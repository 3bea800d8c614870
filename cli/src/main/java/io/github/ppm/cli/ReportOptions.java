package io.github.ppm.cli;

import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that prints findings shares. */
final class ReportOptions {
    @Option(names = "--format", paramLabel = "human|json|sarif", defaultValue = "human",
            description = "How to print findings: human (file:line:col: severity [ID] message), json, or sarif (SARIF 2.1.0). Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "en",
            description = "Language of messages: zh (中文) or en. Default: ${DEFAULT-VALUE}.")
    Lang lang;

    ReportWriter writer() {
        return ReportWriter.of(format, lang.name()).withSourceRoot(Path.of(""));
    }

    /** Message languages. */
    enum Lang {
        zh, en
    }
}
