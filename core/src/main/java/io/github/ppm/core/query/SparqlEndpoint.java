package io.github.ppm.core.query;

import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;

/**
 * A Fuseki SPARQL endpoint over a dataset, on 127.0.0.1 unless asked otherwise, read-only unless
 * asked otherwise. The query service is at {@code http://HOST:PORT/NAME/sparql} (and {@code /query}).
 */
public final class SparqlEndpoint implements AutoCloseable {
    private final FusekiServer server;
    private final String host;
    private final String name;

    private SparqlEndpoint(FusekiServer server, String host, String name) {
        this.server = server;
        this.host = host;
        this.name = name;
    }

    /**
     * How to serve.
     *
     * @param host     address to bind, {@code 127.0.0.1} by default
     * @param port     port, 0 for any free one
     * @param name     dataset path, e.g. {@code policies}
     * @param writable whether SPARQL Update and the graph store protocol may change the data
     */
    public record Options(String host, int port, String name, boolean writable) {
        public static final Options DEFAULT = new Options("127.0.0.1", 3030, "policies", false);

        public Options {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(name, "name");
        }

        public Options withHost(String value) {
            return new Options(value, port, name, writable);
        }

        public Options withPort(int value) {
            return new Options(host, value, name, writable);
        }

        public Options withName(String value) {
            return new Options(host, port, value, writable);
        }

        public Options withWritable(boolean value) {
            return new Options(host, port, name, value);
        }
    }

    /** Starts serving {@code dataset}. */
    public static SparqlEndpoint start(Dataset dataset, Options options) {
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .enablePing(true);
        if (isLoopback(options.host())) {
            builder.loopback(true);
        }
        if (options.writable()) {
            builder.add("/" + options.name(), dataset, true);
        } else {
            builder.add("/" + options.name(), dataset, false);
        }
        FusekiServer server = builder.build();
        server.start();
        return new SparqlEndpoint(server, options.host(), options.name());
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** The SPARQL query URL. */
    public String queryUrl() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/" + name + "/sparql";
    }

    /** Blocks until the server stops (for the command line). */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Whether {@code host} names the loopback interface (Fuseki then binds to it alone). */
    public static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
