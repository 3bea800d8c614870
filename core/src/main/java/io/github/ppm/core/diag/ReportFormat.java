package io.github.ppm.core.diag;

/** The ways a report can be written. */
public enum ReportFormat {
    /** {@code file:line:col: severity [ID] message}, one finding a line, then a summary. */
    HUMAN,
    /** A JSON object with the findings and counts. */
    JSON,
    /** SARIF 2.1.0, for code-scanning tools. */
    SARIF
}
