package io.github.ppm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ppm serve}: a Fuseki SPARQL endpoint over a TDB2 store. */
@Command(name = "serve",
        description = {
            "Serve a store made by `ppm load` as a SPARQL endpoint (Apache Jena Fuseki),",
            "bound to exactly --host (127.0.0.1 by default; a network address only with",
            "--public), read-only unless --writable. Prints the query URL; stops with",
            "Ctrl-C. Every policy is one named graph; the default graph is their union.",
            "Safe by default next to a browser (docs/security.md): SERVICE and LOAD are",
            "refused, a query stops after --timeout, bodies over --max-body and requests",
            "from other web origins or for other host names are refused, and answers",
            "stop at --max-rows."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ppm serve --store store/",
            "  ppm serve --store store/ --port 8080 --timeout 30",
            "  ppm serve --store store/ --host ::1     # http://[::1]:3030/policies/sparql",
            "  ppm serve --store store/ --host 192.0.2.7 --public",
            "  curl -H 'Accept: text/csv' --data-urlencode \\",
            "    'query=SELECT (COUNT(*) AS ?n) { ?p a <https://w3id.org/ppm#Policy> }' \\",
            "    http://127.0.0.1:3030/policies/sparql",
            "",
            "Exit code 2 for a usage error (no store, a network address without",
            "--public), 1 when the port is in use or the store is locked by another",
            "process; otherwise it runs until stopped."
        },
        mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store's folder.")
    private Path store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "Port (0 for any free one). Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    private String host;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "policies",
            description = "The dataset's path on the server. Default: ${DEFAULT-VALUE}.")
    private String name;

    @Option(names = "--writable", description = "Also accept SPARQL Update and graph store writes.")
    private boolean writable;

    @Option(names = "--public", description = "Allow --host to be a network (non-loopback) address.")
    private boolean allowPublic;

    @Option(names = "--allow-service", description = "Let queries use SERVICE, which makes the server fetch other URLs.")
    private boolean allowService;

    @Option(names = "--allow-load", description = "Let a --writable endpoint's LOAD read local files and URLs.")
    private boolean allowLoad;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "Stop a query or update after this long. Default: ${DEFAULT-VALUE}.")
    private int timeout;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Refuse request bodies larger than this (413). Default: ${DEFAULT-VALUE} (1 MB).")
    private long maxBody;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "100000",
            description = "Answer with at most this many solutions (a larger LIMIT is lowered). Default: ${DEFAULT-VALUE}.")
    private long maxRows;

    @Override
    public Integer call() {
        if (!Files.exists(store)) {
            return usage("no store at " + store + " (create one with `ppm load FILES --store " + store + "`)");
        }
        if (port < 0 || port > 65535 || !name.matches("[A-Za-z0-9._-]+")) {
            return usage("--port must be 0-65535 and --name letters, digits, . _ -");
        }
        if (timeout < 1 || maxBody < 1 || maxRows < 1) {
            return usage("--timeout, --max-body and --max-rows must be at least 1");
        }
        if (!allowPublic && !StoreBridge.isLoopback(host)) {
            return usage("--host `" + host + "` is not a loopback address of this machine; to serve the network,"
                    + " add --public (and read docs/security.md)");
        }
        StoreBridge.ServeOptions options = new StoreBridge.ServeOptions(host, port, name, writable, allowPublic,
                allowService, allowLoad, timeout, maxBody, maxRows);
        try {
            serve(options);
        } catch (StoreBridge.UsageException e) {
            return usage(e.getMessage());
        }
        return 0;
    }

    private void serve(StoreBridge.ServeOptions options) throws StoreBridge.UsageException {
        StoreBridge.serve(store, options, (url, policies) -> {
            spec.commandLine().getOut().println("serving " + policies + " policies from " + store
                    + (writable ? " (writable)" : " (read-only)"));
            spec.commandLine().getOut().println("SPARQL query endpoint: " + url);
            spec.commandLine().getOut().println("stop with Ctrl-C");
            spec.commandLine().getOut().flush();
        }, warning -> {
            spec.commandLine().getErr().println(warning);
            spec.commandLine().getErr().flush();
        });
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("ppm serve: " + message);
        return 2;
    }
}
