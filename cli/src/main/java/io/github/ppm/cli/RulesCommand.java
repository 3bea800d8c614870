package io.github.ppm.cli;

import io.github.ppm.core.lint.LintConfig;
import io.github.ppm.core.lint.Rule;
import io.github.ppm.core.lint.RuleGroup;
import io.github.ppm.core.lint.RuleMeta;
import io.github.ppm.core.lint.Rules;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ppm rules}: the lint rules, or one rule's documentation. */
@Command(name = "rules",
        description = {
            "List the lint rules (id, default severity, title), grouped by topic, or print one rule's",
            "page: what it checks, the legal source it rests on and how reliable that text is."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ppm rules",
            "  ppm rules --lang zh",
            "  ppm rules PIPL-13-BASES"
        },
        mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "en",
            description = "Language of the titles: zh (中文) or en. Default: ${DEFAULT-VALUE}.")
    private ReportOptions.Lang lang;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "A rule id: print its page.")
    private String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (id != null) {
            Rule rule = Rules.byId(id).orElseThrow(() -> {
                var suggestion = LintConfig.suggestion(id);
                return new CommandLine.ParameterException(spec.commandLine(), "unknown rule id `" + id + "`"
                        + (suggestion == null ? "" : ": " + suggestion.en()));
            });
            out.print(rule.meta().page());
            return 0;
        }
        String language = lang.name();
        for (RuleGroup group : RuleGroup.values()) {
            var members = Rules.all().stream().filter(r -> r.meta().group() == group).toList();
            if (members.isEmpty()) {
                continue;
            }
            out.println(group.label().in(language));
            for (Rule rule : members) {
                RuleMeta m = rule.meta();
                out.printf("  %-26s %-8s %s%n", m.id(), m.severity().label(), m.title().in(language));
            }
            out.println();
        }
        out.println(Rules.all().size() + ("zh".equals(language) ? " 条规则；`ppm rules ID` 显示规则说明" : " rules; `ppm rules ID` shows a rule's page"));
        return 0;
    }
}
