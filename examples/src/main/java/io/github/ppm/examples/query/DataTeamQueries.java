package io.github.ppm.examples.query;

import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.generate.GeneratorOptions;
import io.github.ppm.core.generate.PolicyGenerator;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.query.NamedQueries;
import io.github.ppm.core.query.PolicyLoader;
import io.github.ppm.core.query.PolicyQuery;
import io.github.ppm.core.query.PolicyStore;
import io.github.ppm.core.query.QueryResult;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.Policy;
import io.github.ppm.model.Sdk;
import io.github.ppm.model.SdkRole;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A data team's two questions over a folder of policies — "which SDKs receive device identifiers?"
 * and "which policies share location with a third party?" — answered twice: through the typed
 * Java API, one policy at a time, and through ppm's named SPARQL queries over a TDB2 store holding
 * them all. The two answers are compared; they must agree.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.ppm.examples.query.DataTeamQueries}
 * (the flagship, plus 20 generated policies written to a temporary folder; the store lives there too).
 */
public final class DataTeamQueries {
    private static final CategoryKey DEVICE_IDS = new CategoryKey("device.identifier");
    private static final CategoryKey LOCATION = new CategoryKey("location");

    private DataTeamQueries() {
    }

    public static void main(String[] args) throws IOException {
        Path flagship = Path.of(args.length > 0 ? args[0] : "jinshang-consumer-finance/policy.yaml");
        Path work = Files.createTempDirectory("ppm-query-example");
        try {
            int code = run(flagship, work, 20, System.out);
            if (code != 0) {
                System.exit(code);
            }
        } finally {
            delete(work);
        }
    }

    /** Writes {@code generated} policies next to the given one, loads both into a store under {@code work}, asks. */
    public static int run(Path policyFile, Path work, int generated, PrintStream out) throws IOException {
        // 1. A folder of policies: the given one and some generated ones (deterministic seeds).
        Path folder = Files.createDirectories(work.resolve("policies"));
        Files.copy(policyFile, folder.resolve(policyFile.getFileName()));
        for (Policy p : PolicyGenerator.generate(GeneratorOptions.DEFAULT.withSeed(500), generated)) {
            Files.writeString(folder.resolve(p.id().value() + ".yaml"), PolicyIO.write(p, Format.YAML), StandardCharsets.UTF_8);
        }

        // 2. Load the folder into a TDB2 store: each file validated, one named graph per policy.
        List<ValidatedPolicy> policies = new ArrayList<>();
        try (PolicyStore store = PolicyStore.open(work.resolve("store"))) {
            List<Path> files = PolicyLoader.files(List.of(folder));
            PolicyLoader.Result loaded = PolicyLoader.load(store, files, PolicyLoader.Options.DEFAULT, (done, total) -> { });
            for (PolicyLoader.Skipped skipped : loaded.skipped()) {
                out.print(ReportWriter.of(ReportFormat.HUMAN, "en").write(skipped.report()));
            }
            if (!loaded.skipped().isEmpty()) {
                return 3;
            }
            out.println("loaded " + loaded.loaded() + " policies into a TDB2 store, " + store.size() + " triples");
            for (Path file : files) {
                policies.add(PolicyValidator.read(file).orThrow());
            }
            policies.sort(Comparator.comparing(p -> p.policy().id().value()));

            // 3. Which SDKs receive device identifiers? Typed API, policy by policy ...
            Map<String, Set<String>> typed = new TreeMap<>();
            for (ValidatedPolicy p : policies) {
                for (Sdk sdk : PolicyQuery.of(p).sdksReceiving(DEVICE_IDS)) {
                    typed.computeIfAbsent(p.policy().id().value(), k -> new TreeSet<>()).add(sdk.id().value());
                }
            }
            // ... and one SPARQL query over the whole store.
            QueryResult sparql = store.select(NamedQueries.get("sdks-receiving").orElseThrow()
                    .bind(Map.of("category", DEVICE_IDS.value())));
            Map<String, Set<String>> fromStore = byPolicy(sparql, "sdk");
            out.println("Q1 which SDKs receive device identifiers (device.identifier and below)?");
            out.println("   " + fromStore.size() + " of " + policies.size() + " policies, "
                    + sparql.size() + " SDK entries; typed API and SPARQL agree: " + typed.equals(fromStore));
            out.println("   jinshang-consumer-finance: " + String.join(", ", fromStore.get("jinshang-consumer-finance")));

            // 4. Which policies share location with a third party? Typed: SDKs that are not
            // entrusted processors, and sharing or transfer disclosures that carry it.
            Map<String, Set<String>> typedSharing = new TreeMap<>();
            for (ValidatedPolicy p : policies) {
                Set<String> recipients = new TreeSet<>();
                PolicyQuery.of(p).sdksReceiving(LOCATION).stream().filter(s -> s.role() != SdkRole.ENTRUSTED_PROCESSOR)
                        .forEach(s -> recipients.add(s.provider().value()));
                // What a disclosure carries (its data and its scenarios' data) comes from the policy index.
                p.index().carriages().stream()
                        .filter(c -> c.disclosure().kind().name().equals("SHARE") || c.disclosure().kind().name().equals("TRANSFER"))
                        .filter(c -> c.categories().stream().anyMatch(k -> k.isWithin(LOCATION)))
                        .forEach(c -> c.disclosure().recipients().forEach(r -> recipients.add(r.value())));
                if (!recipients.isEmpty()) {
                    typedSharing.put(p.policy().id().value(), recipients);
                }
            }
            QueryResult sharing = store.select(NamedQueries.get("policies-sharing-with-third-party").orElseThrow()
                    .bind(Map.of("category", LOCATION.value())));
            Map<String, Set<String>> sharingFromStore = byPolicy(sharing, "recipient");
            out.println("Q2 which policies share location with a third party?");
            out.println("   " + sharingFromStore.size() + " of " + policies.size()
                    + " policies; typed API and SPARQL agree: " + typedSharing.equals(sharingFromStore));
            out.println("   jinshang-consumer-finance gives it to: "
                    + String.join(", ", sharingFromStore.get("jinshang-consumer-finance")));
            return typed.equals(fromStore) && typedSharing.equals(sharingFromStore) ? 0 : 1;
        }
    }

    private static Map<String, Set<String>> byPolicy(QueryResult result, String column) {
        Map<String, Set<String>> map = new TreeMap<>();
        for (Map<String, String> row : result.rows()) {
            map.computeIfAbsent(row.get("policy"), k -> new TreeSet<>()).add(row.get(column));
        }
        return map;
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
