package io.github.ppm.core.query;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;

/**
 * Fuseki's query service with ppm's limits: a query with {@code SERVICE} is refused with 400
 * before it runs (the dataset's context would also stop it, but with a 500 that quoted what the
 * remote answered), and a query's {@code LIMIT} is lowered to the row limit.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    private final boolean allowService;
    private final long maxRows;

    GuardedQuery(boolean allowService, long maxRows) {
        this.allowService = allowService;
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (!allowService && Sparql.usesService(query)) {
            ServletOps.errorBadRequest(Sparql.SERVICE_REFUSED);
        }
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
        }
    }
}
