package io.github.ppm.cli;

import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.TerminalText;
import io.github.ppm.core.taxonomy.MatchKind;
import io.github.ppm.core.taxonomy.SearchHit;
import io.github.ppm.core.taxonomy.Taxonomy;
import io.github.ppm.core.taxonomy.TaxonomySearch;
import io.github.ppm.core.taxonomy.TaxonomyWriter;
import io.github.ppm.core.taxonomy.Vocabulary;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.Text;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ppm taxonomy}: list, show and search the keys a policy's categories, purposes and permissions use. */
@Command(name = "taxonomy",
        description = {
            "List, show and search the keys of the taxonomies a policy refers to:",
            "data-category, purpose, permission, party-kind and measure. Search takes",
            "the words a policy prints (设备识别码, IMEI, 手机号码) or part of a key and",
            "answers the keys with their labels, aliases, DPV term and sensitivity.",
            "With --policy, a policy's own categories and purposes are included."
        },
        subcommands = {TaxonomyCommand.ListKeys.class, TaxonomyCommand.Search.class, TaxonomyCommand.Show.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ppm taxonomy search 设备识别码",
            "  ppm taxonomy search 手机号码 --in data-category --format json",
            "  ppm taxonomy show device.identifier.imei --lang zh",
            "  ppm taxonomy list --in permission",
            "  ppm taxonomy list --under device.identifier",
            "",
            "Exit code 0 when something is found; 1 when nothing matches (with the",
            "nearest key); 2 for a usage error; 3 when the --policy file is invalid."
        },
        mixinStandardHelpOptions = true)
final class TaxonomyCommand implements Runnable {
    /** Nothing matched a term or key. */
    static final int EXIT_NOT_FOUND = 1;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The options every taxonomy subcommand shares. */
    static final class Options {
        @Option(names = "--in", paramLabel = "KIND",
                description = "Only this taxonomy: data-category, purpose, permission, party-kind or measure.")
        String in;

        @Option(names = "--policy", paramLabel = "FILE",
                description = "Include this policy's own categories and purposes (it is validated first).")
        Path policy;

        @Option(names = "--format", paramLabel = "human|json", defaultValue = "human",
                description = "Output: human or json. Default: ${DEFAULT-VALUE}.")
        OutputFormat format;

        @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "en",
                description = "Language of field names and messages: zh (中文) or en. Default: ${DEFAULT-VALUE}.")
        ReportOptions.Lang lang;
    }

    /** Output formats of this command. */
    enum OutputFormat {
        human, json
    }

    /** What a subcommand works on: the taxonomy, the vocabularies chosen and how to write them. */
    private record Scope(Taxonomy taxonomy, List<Vocabulary> vocabularies, TaxonomyWriter writer, String lang) {
    }

    /**
     * The taxonomy (built-in, or the policy's) and the vocabularies {@code --in} chooses; null when
     * the policy is invalid, its diagnostics printed.
     */
    private static Scope scope(CommandSpec spec, Options options) {
        List<String> kinds = Taxonomy.builtIn().vocabularies().stream().map(Vocabulary::name).toList();
        if (options.in != null && !kinds.contains(options.in)) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.of("taxonomy.unknown.kind",
                    options.in, kinds.stream().map(k -> "`" + k + "`").collect(Collectors.joining(", ")))
                    .in(options.lang.name()));
        }
        Taxonomy taxonomy = Taxonomy.builtIn();
        if (options.policy != null) {
            ValidatedPolicy valid = ValidPolicy.read(spec, options.policy, options.lang);
            if (valid == null) {
                return null;
            }
            taxonomy = valid.taxonomy();
        }
        List<Vocabulary> chosen = options.in == null ? taxonomy.vocabularies()
                : List.of(taxonomy.vocabulary(options.in).orElseThrow());
        String lang = options.lang.name();
        return new Scope(taxonomy, chosen, new TaxonomyWriter(taxonomy, options.format == OutputFormat.json, lang),
                lang);
    }

    /** Says on standard error that nothing matched, with the nearest key when there is one, and exits 1. */
    private static int notFound(CommandSpec spec, Scope scope, String message, String value) {
        Text text = TaxonomySearch.nearestKey(scope.vocabularies, value)
                .map(key -> Messages.of(message + ".suggest", value, key))
                .orElseGet(() -> Messages.of(message, value));
        spec.commandLine().getErr().println(TerminalText.escape("ppm taxonomy: " + text.in(scope.lang)));
        return EXIT_NOT_FOUND;
    }

    /** {@code ppm taxonomy list}. */
    @Command(name = "list",
            description = "List the keys with their zh / en labels, grouped by taxonomy; [sensitive] marks sensitive data.",
            footerHeading = "%nExamples:%n",
            footer = {"  ppm taxonomy list --in purpose", "  ppm taxonomy list --under device.identifier --format json"},
            mixinStandardHelpOptions = true)
    static final class ListKeys implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Mixin
        private Options options = new Options();

        @Option(names = "--under", paramLabel = "KEY", description = "Only this key and the keys below it.")
        private String under;

        @Override
        public Integer call() {
            Scope scope = scope(spec, options);
            if (scope == null) {
                return Main.EXIT_INVALID;
            }
            List<Vocabulary> holding = under == null ? scope.vocabularies
                    : scope.vocabularies.stream().filter(v -> v.contains(under)).toList();
            if (holding.isEmpty()) {
                return notFound(spec, scope, "taxonomy.unknown", under);
            }
            spec.commandLine().getOut().print(scope.writer.list(holding, under));
            return 0;
        }
    }

    /** {@code ppm taxonomy search}. */
    @Command(name = "search",
            description = {
                "Find keys for the words a policy prints. The term is compared with keys, labels,",
                "aliases and Android/iOS permission names after folding width, case, spaces and",
                "punctuation; exact matches come first, then the longest name inside the term, then",
                "names that contain the term, then key segments."
            },
            footerHeading = "%nExamples:%n",
            footer = {
                "  ppm taxonomy search 设备识别码",
                "  ppm taxonomy search 网络 设备 硬件地址 --limit 3",
                "  ppm taxonomy search 相机 --in permission --format json",
                "  ppm taxonomy search 学籍 --policy my-policy.yaml"
            },
            mixinStandardHelpOptions = true)
    static final class Search implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Mixin
        private Options options = new Options();

        @Parameters(arity = "1..*", paramLabel = "TERM", description = "The words to look for; several are one term.")
        private List<String> words;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
                description = "At most this many results. Default: ${DEFAULT-VALUE}.")
        private int limit;

        @Override
        public Integer call() {
            if (limit < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not `" + limit + "`");
            }
            Scope scope = scope(spec, options);
            if (scope == null) {
                return Main.EXIT_INVALID;
            }
            String term = String.join(" ", words);
            List<SearchHit> hits = TaxonomySearch.search(scope.vocabularies, term);
            if (hits.isEmpty()) {
                return notFound(spec, scope, "taxonomy.none", term);
            }
            spec.commandLine().getOut().print(scope.writer.search(term, hits, limit));
            return 0;
        }
    }

    /** {@code ppm taxonomy show}. */
    @Command(name = "show",
            description = "Show every detail of one key (in each taxonomy that has it).",
            footerHeading = "%nExamples:%n",
            footer = {"  ppm taxonomy show device.identifier.imei", "  ppm taxonomy show location --in permission"},
            mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Mixin
        private Options options = new Options();

        @Parameters(index = "0", paramLabel = "KEY", description = "A dotted key, e.g. device.identifier.imei.")
        private String key;

        @Override
        public Integer call() {
            Scope scope = scope(spec, options);
            if (scope == null) {
                return Main.EXIT_INVALID;
            }
            List<SearchHit> byKey = scope.vocabularies.stream().filter(v -> v.contains(key))
                    .map(v -> new SearchHit(v.name(), v.get(key).orElseThrow(), MatchKind.EXACT, SearchHit.Field.KEY, key))
                    .toList();
            if (byKey.isEmpty()) {
                return notFound(spec, scope, "taxonomy.unknown", key);
            }
            spec.commandLine().getOut().print(scope.writer.show(byKey));
            return 0;
        }
    }
}
