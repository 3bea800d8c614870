package io.github.ppm.core.query;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;

/**
 * Fuseki's update service with ppm's limits: {@code LOAD} (which reads any local file or URL the
 * server can reach) is refused unless allowed, and so is {@code SERVICE} in an update's
 * {@code WHERE}. A request that does not parse goes on to Fuseki, which reports the syntax error.
 */
final class GuardedUpdate extends SPARQL_Update {
    private final boolean allowService;
    private final boolean allowLoad;

    GuardedUpdate(boolean allowService, boolean allowLoad) {
        this.allowService = allowService;
        this.allowLoad = allowLoad;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            // The request guard has bounded the body's size.
            body = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UpdateRequest request = null;
        try {
            request = UpdateFactory.create(new String(body, StandardCharsets.UTF_8));
        } catch (QueryParseException e) {
            // Fuseki parses it again and answers with its own syntax error.
        }
        if (request != null) {
            for (Update update : request.getOperations()) {
                if (!allowLoad && update instanceof UpdateLoad load) {
                    ServletOps.errorBadRequest("LOAD <" + load.getSource() + "> refused: this endpoint does not read"
                            + " files or URLs (ppm serve --allow-load allows it)");
                }
                if (!allowService && update instanceof UpdateModify where && Sparql.usesService(where.getWherePattern())) {
                    ServletOps.errorBadRequest(Sparql.SERVICE_REFUSED);
                }
            }
        }
        super.execute(action, new ByteArrayInputStream(body));
    }
}
