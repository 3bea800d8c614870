package io.github.ppm.examples.snippets;

// snippet: readme-imports
import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.Validation;
import io.github.ppm.model.Policy;
import java.nio.file.Path;
// end snippet

import io.github.ppm.core.disclosure.Row;
import io.github.ppm.core.disclosure.Table;
import io.github.ppm.core.disclosure.TableFormat;
import io.github.ppm.core.disclosure.TableKind;
import io.github.ppm.core.disclosure.Tables;
import io.github.ppm.core.guard.ConsentState;
import io.github.ppm.core.guard.Decision;
import io.github.ppm.core.guard.Flow;
import io.github.ppm.core.guard.PolicyGuard;
import io.github.ppm.core.query.NamedQueries;
import io.github.ppm.core.query.NamedQuery;
import io.github.ppm.core.query.PolicyStore;
import io.github.ppm.core.query.QueryResult;
import io.github.ppm.core.query.Sparql;
import io.github.ppm.core.rdf.RdfOptions;
import io.github.ppm.core.taxonomy.SearchHit;
import io.github.ppm.core.taxonomy.Taxonomy;
import io.github.ppm.core.taxonomy.TaxonomySearch;
import io.github.ppm.core.validate.ValidatedPolicy;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The Java snippets of README.md and docs/, compiled here and run by {@code DocSnippetsTest}: each
 * region between {@code // snippet: NAME} and {@code // end snippet} is what the page marked
 * {@code <!-- snippet: NAME -->} shows, word for word. Every snippet validates before it uses a policy.
 */
public final class Snippets {
    /** Where the guard snippet registers a device for push messages. */
    public interface Push {
        void register(String deviceId);
    }

    /** The guard snippet's logger, shaped like SLF4J's. */
    public interface Log {
        void info(String format, Object... arguments);
    }

    private Snippets() {
    }

    /** README.md: read, validate, then use the typed records. */
    public static void readme(Path policyFile, PrintStream out) {
        // snippet: readme
        Validation validation = PolicyValidator.read(policyFile);    // never throws for bad input
        out.print(ReportWriter.of(ReportFormat.HUMAN, "en").write(validation.report()));
        if (validation.valid()) {
            Policy policy = validation.policy().policy();               // typed records from here on
            policy.sdks().forEach(sdk -> out.println(sdk.label().en() + " <- " + sdk.categories()));
        }
        // end snippet
    }

    /** docs/semantics.md: the validation boundary; returns the exit code a command would. */
    public static int boundary(Path policyFile, PrintStream err) {
        // snippet: semantics-boundary
        Validation validation = PolicyValidator.read(policyFile);
        if (!validation.valid()) {
            err.print(ReportWriter.of(ReportFormat.HUMAN, "en").write(validation.report()));
            return 3;
        }
        ValidatedPolicy policy = validation.policy();     // or: PolicyValidator.read(file).orThrow()
        PolicyGuard guard = PolicyGuard.compile(policy);
        // end snippet
        return guard.sdkIds().isEmpty() ? 1 : 0;
    }

    /** docs/disclosure.md: a table from Java. */
    public static String disclosure(Path policyFile, PrintStream out) {
        // snippet: disclosure-java
        ValidatedPolicy policy = PolicyValidator.read(policyFile).orThrow();   // refuses an invalid policy
        Table list = Tables.build(policy, TableKind.COLLECTION);
        String html = Tables.render(list, TableFormat.HTML, "zh");
        for (Row row : list.rows()) {
            out.println(row.source());          // /activities/0/collects/0
        }
        // end snippet
        return html;
    }

    /** docs/guard.md: the guard in a back end. */
    public static Decision guard(Path policyFile, Push push, Log log, String deviceId) {
        // snippet: guard-java
        // Once, at start-up: validate and compile the published policy. The guard is immutable and thread-safe.
        PolicyGuard guard = PolicyGuard.compile(PolicyValidator.read(policyFile).orThrow());

        // Per flow, on the hot path: a few hash look-ups and bit tests, no allocation.
        Decision d = guard.decide(Flow.toSdk("device.identifier.oaid", "push-delivery", "jiguang-push", ConsentState.GIVEN));
        if (d.allowed()) {
            push.register(deviceId);
        }
        log.info("{} {} cites {}", d.outcome(), d.reason(), d.sections());
        // end snippet
        return d;
    }

    /** docs/query.md: a named query over one policy and over a store. */
    public static QueryResult query(Path policyFile, Path storeDir) {
        // snippet: query-java
        ValidatedPolicy policy = PolicyValidator.read(policyFile).orThrow();
        NamedQuery q = NamedQueries.get("sdks-receiving").orElseThrow();
        QueryResult answer = Sparql.select(Sparql.dataset(policy, RdfOptions.DEFAULT),
                q.bind(Map.of("category", "device.identifier.imei")));
        try (PolicyStore store = PolicyStore.open(storeDir)) {
            QueryResult everywhere = store.select(q.bind(Map.of("category", "location")));
            System.out.println(everywhere.size() + " SDK entries receive location across the store");
        }
        // end snippet
        return answer;
    }

    /** docs/taxonomy.md: the key for the words a policy prints. */
    public static SearchHit taxonomy(String printed) {
        // snippet: taxonomy-java
        List<SearchHit> hits = TaxonomySearch.search(Taxonomy.builtIn().vocabularies(), printed);
        SearchHit best = hits.get(0); // 设备识别码: data-category device.identifier, EXACT on an alias
        System.out.println(best.entry().key() + " " + best.entry().label().zh() + " " + best.entry().dpv());
        // end snippet
        return best;
    }
}
