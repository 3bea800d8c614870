package io.github.ppm.core.lint;

import java.util.List;
import java.util.Map;

/**
 * The shape of a project's {@code .ppm-lint.yaml}:
 * <pre>
 * disable: [PIPL-52]
 * severity:
 *   CONSIST-LINKS: warning
 * </pre>
 *
 * @param disable  rule ids that do not run
 * @param severity rule id to {@code error}, {@code warning} or {@code info}
 */
public record LintConfigFile(List<String> disable, Map<String, String> severity) {
    public LintConfigFile {
        disable = disable == null ? List.of() : List.copyOf(disable);
        severity = severity == null ? Map.of() : Map.copyOf(severity);
    }
}
