package io.github.ppm.core.io;

import io.github.ppm.core.diag.Report;

/**
 * The outcome of reading a document: the value when it could be read, the findings, and the map
 * from JSON pointers to lines for later diagnostics.
 *
 * @param value     the value, or {@code null} when the report has errors
 * @param report    what went wrong, if anything
 * @param sourceMap where each part of the document is
 */
public record Parsed<T>(T value, Report report, SourceMap sourceMap) {
    public boolean ok() {
        return value != null;
    }

    /** The value, or an exception carrying the report when there is none. */
    public T orThrow() {
        if (value == null) {
            throw new DocumentException(report);
        }
        return value;
    }
}
