package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.diag.Suggestions;
import io.github.ppm.core.io.DocumentReader;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.model.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Finds and reads a project's lint configuration, {@code .ppm-lint.yaml}. */
public final class LintConfig {
    /** The file name looked for next to the policy and in the working directory. */
    public static final String FILE_NAME = ".ppm-lint.yaml";

    private LintConfig() {
    }

    /** The configuration file for {@code policy}: next to it, else in {@code workingDir}, else none. */
    public static Optional<Path> locate(Path policy, Path workingDir) {
        Path parent = policy.toAbsolutePath().getParent();
        if (parent != null && Files.isRegularFile(parent.resolve(FILE_NAME))) {
            return Optional.of(parent.resolve(FILE_NAME));
        }
        Path here = workingDir.resolve(FILE_NAME);
        return Files.isRegularFile(here) ? Optional.of(here) : Optional.empty();
    }

    /**
     * The options for linting {@code policy}, the one path {@code ppm lint} and {@code ppm build} share:
     * the project file ({@code explicit} when given, else {@link #locate found}) with {@code flags} on top
     * (a flag wins over the file). Without a project file, the flags alone. A broken project file gives
     * its findings and no options.
     */
    public static Parsed<LintOptions> resolve(Path policy, Path workingDir, Path explicit, LintOptions flags) {
        Optional<Path> project = explicit != null ? Optional.of(explicit) : locate(policy, workingDir);
        if (project.isEmpty()) {
            return new Parsed<>(flags, Report.empty(), null);
        }
        Parsed<LintOptions> read = read(project.get());
        return read.ok() ? new Parsed<>(read.value().plus(flags), read.report(), read.sourceMap()) : read;
    }

    /**
     * Reads a configuration file strictly (unknown fields and duplicate keys are errors); an unknown
     * rule id or severity is an error with a suggestion.
     */
    public static Parsed<LintOptions> read(Path file) {
        Parsed<LintConfigFile> parsed = DocumentReader.of(LintConfigFile.class).read(file);
        if (!parsed.ok()) {
            return new Parsed<>(null, parsed.report(), parsed.sourceMap());
        }
        LintConfigFile config = parsed.value();
        List<Diagnostic> problems = new ArrayList<>();
        LintOptions options = LintOptions.DEFAULT;
        for (int i = 0; i < config.disable().size(); i++) {
            String id = config.disable().get(i);
            if (known(id, "/disable/" + i, parsed, problems)) {
                options = options.withDisabled(id);
            }
        }
        for (Map.Entry<String, String> e : config.severity().entrySet()) {
            String at = "/severity/" + e.getKey().replace("~", "~0").replace("/", "~1");
            Optional<Severity> severity = severity(e.getValue());
            if (severity.isEmpty()) {
                problems.add(error("PPM-LINT-CONFIG-SEVERITY", at, parsed, null, e.getValue()));
            } else if (known(e.getKey(), at, parsed, problems)) {
                options = options.withSeverity(e.getKey(), severity.get());
            }
        }
        Report report = new Report(problems);
        return new Parsed<>(report.hasErrors() ? null : options, report, parsed.sourceMap());
    }

    /** {@code error}, {@code warning} or {@code info}, in any case. */
    public static Optional<Severity> severity(String text) {
        for (Severity s : Severity.values()) {
            if (s.label().equals(text.toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** "did you mean" for an unknown rule id, or {@code null}. */
    public static Text suggestion(String id) {
        return Suggestions.closest(id, Rules.ids())
                .map(s -> Messages.of("PPM-LINT-UNKNOWN-RULE.suggest", s)).orElse(null);
    }

    private static boolean known(String id, String at, Parsed<LintConfigFile> parsed, List<Diagnostic> problems) {
        if (Rules.byId(id).isPresent()) {
            return true;
        }
        problems.add(error("PPM-LINT-UNKNOWN-RULE", at, parsed, suggestion(id), id));
        return false;
    }

    private static Diagnostic error(String rule, String at, Parsed<LintConfigFile> parsed, Text help, Object... args) {
        return new Diagnostic(rule, Severity.ERROR, Messages.of(rule, args),
                help == null ? Messages.help(rule, args) : help, parsed.sourceMap().locate(at), List.of());
    }
}
