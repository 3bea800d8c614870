package io.github.ppm.core.disclosure;

import io.github.ppm.model.Text;
import java.util.List;
import java.util.Objects;

/**
 * A table as data, before rendering.
 *
 * @param kind     which table it is
 * @param title    its title, e.g. 个人信息收集清单
 * @param subject  who it is about: the controller and the policy it was made from
 * @param policyId the id of the policy
 * @param columns  the columns, in order
 * @param rows     the rows, in the policy's order
 */
public record Table(TableKind kind, Text title, Text subject, String policyId, List<Column> columns, List<Row> rows) {
    public Table {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(policyId, "policyId");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("row " + row.source() + " has " + row.cells().size()
                        + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** The index of the column named {@code id}, or -1. */
    public int column(String id) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
