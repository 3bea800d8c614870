package io.github.ppm.core.io;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Report;

/** Thrown by {@link Parsed#orThrow()} for callers that prefer exceptions; carries the whole report. */
public class DocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Report report;

    public DocumentException(Report report) {
        super(report.diagnostics().isEmpty() ? "unreadable document" : describe(report.diagnostics().get(0)));
        this.report = report;
    }

    public Report report() {
        return report;
    }

    private static String describe(Diagnostic d) {
        return d.location().display() + ": [" + d.rule() + "] " + d.message().en();
    }
}
