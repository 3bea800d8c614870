package io.github.ppm.core.diag;

import java.util.ArrayList;
import java.util.List;

/** The findings of one run, in reading order. */
public record Report(List<Diagnostic> diagnostics) {
    public Report {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Diagnostic.READING_ORDER);
        diagnostics = List.copyOf(sorted);
    }

    public static Report empty() {
        return new Report(List.of());
    }

    public static Report of(Diagnostic... diagnostics) {
        return new Report(List.of(diagnostics));
    }

    /** This report's findings followed by {@code other}'s. */
    public Report plus(Report other) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(other.diagnostics);
        return new Report(all);
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    public boolean isEmpty() {
        return diagnostics.isEmpty();
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** True when some finding is at least as serious as {@code threshold}. */
    public boolean hasAtLeast(Severity threshold) {
        return diagnostics.stream().anyMatch(d -> d.severity().atLeast(threshold));
    }
}
