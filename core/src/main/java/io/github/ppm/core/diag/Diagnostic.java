package io.github.ppm.core.diag;

import io.github.ppm.model.Text;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One finding. Parse errors, structural errors, dangling references and compliance rules all
 * speak this one language.
 *
 * @param rule     stable rule id, e.g. {@code PPM-IO-UNKNOWN-FIELD} or {@code PIPL-13-BASES}
 * @param severity how serious it is
 * @param message  what is wrong, in Chinese and English: lower case, no final period, user values in backticks
 * @param help     longer advice, when there is any
 * @param location where it is
 * @param related  other places that explain it (the object a dangling reference comes from, ...)
 */
public record Diagnostic(
        String rule,
        Severity severity,
        Text message,
        Text help,
        SourceLocation location,
        List<SourceLocation> related) {

    /** Sorted by file, line, column, pointer, then rule: the order people read a report in. */
    public static final Comparator<Diagnostic> READING_ORDER = Comparator
            .comparing((Diagnostic d) -> d.location().file())
            .thenComparingInt(d -> d.location().line())
            .thenComparingInt(d -> d.location().column())
            .thenComparing(d -> d.location().pointer())
            .thenComparing(Diagnostic::rule)
            .thenComparing(d -> d.message().en());

    public Diagnostic {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** The same finding with another severity (for project-level overrides). */
    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(rule, newSeverity, message, help, location, related);
    }

    /** The same finding at another location. */
    public Diagnostic withLocation(SourceLocation newLocation) {
        return new Diagnostic(rule, severity, message, help, newLocation, related);
    }
}
