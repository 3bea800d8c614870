package io.github.ppm.core.disclosure;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.io.SourceMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects the diagnostics of one label run, each placed in the policy file, each reported once. */
final class Findings {
    private final SourceMap map;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    Findings(SourceMap map) {
        this.map = map;
    }

    /**
     * Adds a finding unless one with the same rule and {@code once} key was added before.
     *
     * @param once    what makes the finding distinct, e.g. the category key it is about
     * @param pointer where in the policy it is
     */
    void add(String rule, Severity severity, String once, String pointer, Object... args) {
        if (seen.add(rule + "\u0000" + once)) {
            diagnostics.add(new Diagnostic(rule, severity, Messages.of(rule, args), Messages.help(rule, args),
                    map.locate(pointer), List.of()));
        }
    }

    Report report() {
        return new Report(diagnostics);
    }
}
