package io.github.ppm.cli;

import io.github.ppm.core.validate.ValidatedPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ppm query}: SPARQL over one policy or a store — a named query, a query file or query text. */
@Command(name = "query",
        description = {
            "Ask SPARQL questions of one policy (YAML/JSON, or its RDF export) or of a TDB2 store of many",
            "(see `ppm load`). Run a named query shipped with ppm (--named, parameters with --param; the",
            "list with --list), a query file (-f) or query text. Every policy is one named graph; the",
            "default graph is the policy itself, or the union of all policies in a store. The export's",
            "prefixes (ppm:, dpv:, pd:, dct:, skos:, ...) are predeclared."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ppm query --list",
            "  ppm query examples/jinshang-consumer-finance/policy.yaml --named sdks-receiving --param category=device.identifier.imei",
            "  ppm query --store store/ --named policies-sharing-with-third-party --param category=location --format csv",
            "  ppm query policy.yaml 'SELECT ?sdk WHERE { ?s a ppm:Sdk ; dct:identifier ?sdk }'",
            "  ppm query --store store/ -f my-question.rq --format json --timeout 60",
            "",
            "A query stops after --timeout seconds; SERVICE (which fetches other URLs)",
            "is refused unless --allow-service. An RDF FILE is read offline: a JSON-LD",
            "@context other than ppm's own is refused, not fetched.",
            "Exit code 0 when answered, 2 for a usage error (unknown query, bad parameter,",
            "SPARQL syntax, SERVICE, unreadable RDF), 3 when the policy is invalid, 1 when",
            "the query timed out or another process has the store."
        },
        mixinStandardHelpOptions = true)
final class QueryCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "FILE|SPARQL",
            description = "The policy file (without --store), then the SPARQL text (without --named or -f).")
    private List<String> positional = new ArrayList<>();

    @Option(names = "--store", paramLabel = "DIR", description = "Query the TDB2 store in DIR instead of one file.")
    private Path store;

    @Option(names = "--named", paramLabel = "NAME", description = "Run the named query NAME (see --list).")
    private String named;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A named query's parameter; repeatable.")
    private Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--file"}, paramLabel = "FILE.rq", description = "Read the SPARQL query from this file.")
    private Path queryFile;

    @Option(names = "--format", paramLabel = "table|csv|tsv|json", defaultValue = "table",
            description = "Answer format (SPARQL results CSV/TSV/JSON). Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--list", description = "List the named queries with their parameters.")
    private boolean list;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "https://w3id.org/ppm/policy/",
            description = "Base of instance IRIs for a YAML/JSON policy. Default: ${DEFAULT-VALUE}.")
    private String base;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "Stop the query after this long. Default: ${DEFAULT-VALUE}.")
    private int timeout;

    @Option(names = "--allow-service", description = "Let the query use SERVICE, which fetches other URLs.")
    private boolean allowService;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "en",
            description = "Language of findings: zh or en. Default: ${DEFAULT-VALUE}.")
    private ReportOptions.Lang lang;

    @Override
    public Integer call() throws IOException {
        if (list) {
            spec.commandLine().getOut().print(StoreBridge.list());
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (!List.of("table", "csv", "tsv", "json").contains(format)) {
            return usage("--format must be table, csv, tsv or json, not `" + format + "`");
        }
        List<String> args = new ArrayList<>(positional);
        Path file = null;
        if (store == null) {
            if (args.isEmpty()) {
                return usage("give a policy FILE or --store DIR (or --list)");
            }
            file = Path.of(args.remove(0));
        }
        int sources = (named != null ? 1 : 0) + (queryFile != null ? 1 : 0) + (args.isEmpty() ? 0 : 1);
        if (sources != 1 || args.size() > 1) {
            return usage("give exactly one of --named NAME, -f FILE.rq or the SPARQL text");
        }
        if (!params.isEmpty() && named == null) {
            return usage("--param goes with --named");
        }
        String sparql = args.isEmpty() ? null : args.get(0);
        if (queryFile != null) {
            if (!Files.isRegularFile(queryFile)) {
                return usage("no query file " + queryFile);
            }
            sparql = Files.readString(queryFile, StandardCharsets.UTF_8);
        }
        if (timeout < 1) {
            return usage("--timeout must be at least 1 second");
        }
        String baseProblem = RdfBridge.baseProblem(base);
        if (baseProblem != null) {
            return usage("--base: " + baseProblem);
        }
        if (store != null && !Files.exists(store)) {
            return usage("no store at " + store + " (create one with `ppm load FILES --store " + store + "`)");
        }
        ValidatedPolicy policy = null;
        Path rdfFile = null;
        if (file != null) {
            if (StoreBridge.isRdfFile(file)) {
                if (!Files.isRegularFile(file)) {
                    return usage("no file " + file);
                }
                rdfFile = file;
            } else {
                ValidatedPolicy parsed = ValidPolicy.read(spec, file, lang);
                if (parsed == null) {
                    return Main.EXIT_INVALID;
                }
                policy = parsed;
            }
        }
        try {
            spec.commandLine().getOut().print(StoreBridge.run(policy, rdfFile, store, named, params, sparql, format, base,
                    Duration.ofSeconds(timeout), allowService));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (StoreBridge.UsageException e) {
            return usage(e.getMessage());
        }
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("ppm query: " + message);
        return 2;
    }
}
