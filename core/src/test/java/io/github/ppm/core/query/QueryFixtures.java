package io.github.ppm.core.query;

import io.github.ppm.core.RepoFiles;
import io.github.ppm.core.generate.GeneratorOptions;
import io.github.ppm.core.generate.PolicyGenerator;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.model.Policy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** The policies the query tests ask, and small helpers over answers. */
final class QueryFixtures {
    private static Policy flagship;

    private QueryFixtures() {
    }

    static synchronized Policy flagship() {
        if (flagship == null) {
            flagship = PolicyIO.read(RepoFiles.flagship()).orThrow();
        }
        return flagship;
    }

    /** {@code count} generated policies, from seed 1000 on: the same every run. */
    static List<Policy> generated(int count) {
        return PolicyGenerator.generate(GeneratorOptions.DEFAULT.withSeed(1000), count);
    }

    /** The rows of {@code result} for one policy, each made a string by {@code key}, as a sorted set. */
    static Set<String> rowsOf(QueryResult result, String policy, Function<Map<String, String>, String> key) {
        Set<String> set = new TreeSet<>();
        for (Map<String, String> row : result.rows()) {
            if (policy.equals(row.get("policy"))) {
                set.add(key.apply(row));
            }
        }
        return set;
    }
}
