package io.github.ppm.cli;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.lint.LintConfig;
import io.github.ppm.core.lint.LintOptions;
import io.github.ppm.core.lint.Rules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The lint options {@code ppm lint} and {@code ppm build} share: a project file and rule switches.
 * Both hand them to {@link LintConfig#resolve}, so that the two commands lint a policy the same way.
 */
final class LintFlags {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The lint project file to use instead of looking for .ppm-lint.yaml.")
    Path config;

    @Option(names = "--disable", paramLabel = "ID", description = "Do not run this rule (repeatable).")
    private List<String> disable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "ID=LEVEL",
            description = "Report this rule's findings as error, warning or info (repeatable).")
    private Map<String, String> severity = new LinkedHashMap<>();

    /** The flags as options; an unknown rule id or level is a usage error with a suggestion. */
    LintOptions options() {
        LintOptions fromFlags = LintOptions.DEFAULT;
        for (String id : disable) {
            fromFlags = fromFlags.withDisabled(known(id));
        }
        for (Map.Entry<String, String> e : severity.entrySet()) {
            Severity level = LintConfig.severity(e.getValue()).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "--severity " + e.getKey() + "=" + e.getValue() + ": use error, warning or info"));
            fromFlags = fromFlags.withSeverity(known(e.getKey()), level);
        }
        return fromFlags;
    }

    private String known(String id) {
        if (Rules.byId(id).isEmpty()) {
            var suggestion = LintConfig.suggestion(id);
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown rule id `" + id + "`"
                    + (suggestion == null ? "; `ppm rules` lists them" : ": " + suggestion.en()));
        }
        return id;
    }
}
