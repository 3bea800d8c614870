package io.github.ppm.core.query;

import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A Fuseki SPARQL endpoint over a dataset, bound to exactly the address asked for (127.0.0.1 by
 * default, a non-loopback address only when allowed), read-only unless asked otherwise. The query
 * service is at {@code http://HOST:PORT/NAME/sparql} (and {@code /query}).
 *
 * <p>Hardened for a machine whose browser may visit hostile pages: {@code SERVICE} is refused
 * (it would make the server fetch any URL), every query stops after a timeout, results are cut at
 * a number of rows, request bodies are bounded, and a request whose {@code Origin} is another site
 * or whose {@code Host} is not the bound address (DNS rebinding) is refused. A writable endpoint
 * refuses {@code LOAD} unless allowed, which would read local files or remote URLs.
 */
public final class SparqlEndpoint implements AutoCloseable {
    private final FusekiServer server;
    private final String urlHost;
    private final String name;

    private SparqlEndpoint(FusekiServer server, String urlHost, String name) {
        this.server = server;
        this.urlHost = urlHost;
        this.name = name;
    }

    /**
     * How to serve.
     *
     * @param host         address to bind, {@code 127.0.0.1} by default; a name is resolved once and
     *                     the server binds to that one address
     * @param port         port, 0 for any free one
     * @param name         dataset path, e.g. {@code policies}
     * @param writable     whether SPARQL Update and the graph store protocol may change the data
     * @param allowPublic  whether a non-loopback {@code host} may be bound
     * @param allowService whether {@code SERVICE} may fetch from other endpoints
     * @param allowLoad    whether a writable endpoint's {@code LOAD} may read files and URLs
     * @param timeout      longest time a query or update may run
     * @param maxBodyBytes largest request body accepted
     * @param maxRows      most solutions a query answers with (its {@code LIMIT} is lowered to this)
     */
    public record Options(String host, int port, String name, boolean writable, boolean allowPublic,
            boolean allowService, boolean allowLoad, Duration timeout, long maxBodyBytes, long maxRows) {
        public static final Options DEFAULT = new Options("127.0.0.1", 3030, "policies", false, false, false, false,
                Duration.ofSeconds(5), 1024 * 1024, 100_000);

        public Options {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero() || maxBodyBytes < 1 || maxRows < 1) {
                throw new IllegalArgumentException("timeout, body limit and row limit must be positive");
            }
        }

        public Options withHost(String value) {
            return new Options(value, port, name, writable, allowPublic, allowService, allowLoad, timeout, maxBodyBytes,
                    maxRows);
        }

        public Options withPort(int value) {
            return new Options(host, value, name, writable, allowPublic, allowService, allowLoad, timeout, maxBodyBytes,
                    maxRows);
        }

        public Options withName(String value) {
            return new Options(host, port, value, writable, allowPublic, allowService, allowLoad, timeout, maxBodyBytes,
                    maxRows);
        }

        public Options withWritable(boolean value) {
            return new Options(host, port, name, value, allowPublic, allowService, allowLoad, timeout, maxBodyBytes,
                    maxRows);
        }

        public Options withAllowPublic(boolean value) {
            return new Options(host, port, name, writable, value, allowService, allowLoad, timeout, maxBodyBytes,
                    maxRows);
        }

        public Options withAllowService(boolean value) {
            return new Options(host, port, name, writable, allowPublic, value, allowLoad, timeout, maxBodyBytes,
                    maxRows);
        }

        public Options withAllowLoad(boolean value) {
            return new Options(host, port, name, writable, allowPublic, allowService, value, timeout, maxBodyBytes,
                    maxRows);
        }

        public Options withTimeout(Duration value) {
            return new Options(host, port, name, writable, allowPublic, allowService, allowLoad, value, maxBodyBytes,
                    maxRows);
        }

        public Options withMaxBodyBytes(long value) {
            return new Options(host, port, name, writable, allowPublic, allowService, allowLoad, timeout, value,
                    maxRows);
        }

        public Options withMaxRows(long value) {
            return new Options(host, port, name, writable, allowPublic, allowService, allowLoad, timeout, maxBodyBytes,
                    value);
        }
    }

    /** The endpoint cannot start for a reason of its environment or options, told in {@link #getMessage()}. */
    public static final class StartException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StartException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Starts serving {@code dataset}; sets the timeout, the {@code SERVICE} switch and
     * spreadsheet-safe CSV and TSV answers ({@link SpreadsheetSafeResults}) on the dataset's
     * context, which every query and update over it reads.
     *
     * @throws StartException when the host is not an address of this machine, is not loopback
     *                        without {@link Options#allowPublic}, or the port is taken
     */
    public static SparqlEndpoint start(Dataset dataset, Options options) {
        InetAddress address = address(options);
        dataset.getContext().set(ARQ.httpServiceAllowed, options.allowService());
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(options.timeout().toMillis()));
        dataset.getContext().set(ARQ.updateTimeout, Long.toString(options.timeout().toMillis()));
        SpreadsheetSafeResults.install();
        dataset.getContext().set(SpreadsheetSafeResults.SPREADSHEET_SAFE, true);
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .enablePing(true)
                .registerOperation(Operation.Query, new GuardedQuery(options.allowService(), options.maxRows()))
                .registerOperation(Operation.Update, new GuardedUpdate(options.allowService(), options.allowLoad()))
                .add("/" + options.name(), dataset, options.writable());
        String bound = address.getHostAddress();
        String urlHost = urlHost(address);
        RequestGuard guard = new RequestGuard(new HashSet<>(List.of(options.host(), bound, urlHost)), address.isLoopbackAddress(),
                options.maxBodyBytes());
        builder.addFilter("/*", guard);
        FusekiServer server = builder.build();
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector http) {
                http.setHost(bound);
            }
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            throw new StartException(portTaken(e) ? "port " + options.port() + " on " + bound + " is already in use"
                    : "cannot listen on " + bound + ":" + options.port() + ": " + e.getMessage(), e);
        }
        guard.port(server.getHttpPort());
        return new SparqlEndpoint(server, urlHost, options.name());
    }

    /** The address as a URL writes it: IPv6 in brackets, its longest run of zero groups as {@code ::}. */
    static String urlHost(InetAddress address) {
        String text = address.getHostAddress();
        if (!(address instanceof Inet6Address)) {
            return text;
        }
        String longest = "";
        Matcher zeros = Pattern.compile("(?:^|:)0(?::0)+(?::|$)").matcher(text);
        while (zeros.find()) {
            longest = zeros.group().length() > longest.length() ? zeros.group() : longest;
        }
        return "[" + (longest.isEmpty() ? text : text.replaceFirst(Pattern.quote(longest), "::")) + "]";
    }

    private static boolean portTaken(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    private static InetAddress address(Options options) {
        InetAddress address;
        try {
            address = InetAddress.getByName(options.host());
        } catch (UnknownHostException e) {
            throw new StartException("`" + options.host() + "` is not an address of this machine", e);
        }
        if (!address.isLoopbackAddress() && !options.allowPublic()) {
            throw new StartException("`" + options.host() + "` is not a loopback address; serving to the network"
                    + " needs --public", null);
        }
        return address;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** The SPARQL query URL, with an IPv6 address in brackets. */
    public String queryUrl() {
        return "http://" + urlHost + ":" + port() + "/" + name + "/sparql";
    }

    /** Blocks until the server stops (for the command line). */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Whether {@code host} names a loopback address (without a DNS query for a literal address). */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
