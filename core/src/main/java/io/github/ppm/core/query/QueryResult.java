package io.github.ppm.core.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a SELECT query as plain values: an IRI as its string, a literal as its lexical
 * form (no language tag or datatype), an unbound variable as absent from its row's map.
 *
 * @param variables the projected variables, in order
 * @param rows      one map per solution, variable to value
 */
public record QueryResult(List<String> variables, List<Map<String, String>> rows) {
    public QueryResult {
        variables = List.copyOf(variables);
        rows = List.copyOf(rows);
    }

    /** The values of {@code variable} in row order, skipping rows where it is unbound. */
    public List<String> column(String variable) {
        return rows.stream().map(r -> r.get(variable)).filter(Objects::nonNull).toList();
    }

    /** The number of rows. */
    public int size() {
        return rows.size();
    }
}
