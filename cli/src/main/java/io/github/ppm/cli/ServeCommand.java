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
            "Serve a TDB2 store (see `ppm load`) as a SPARQL endpoint (Apache Jena Fuseki), on 127.0.0.1 unless",
            "--host says otherwise, read-only unless --writable. Prints the query URL; stops with Ctrl-C.",
            "Every policy is one named graph; the default graph is their union."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ppm serve --store store/",
            "  ppm serve --store store/ --port 8080",
            "  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT (COUNT(*) AS ?n) { ?p a ppm:Policy }' \\",
            "       http://127.0.0.1:3030/policies/sparql",
            "",
            "Exit code 2 for a usage error; otherwise it runs until stopped."
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

    @Override
    public Integer call() {
        if (!Files.isDirectory(store)) {
            spec.commandLine().getErr().println("ppm serve: no store at " + store
                    + " (create one with `ppm load FILES --store " + store + "`)");
            return 2;
        }
        if (port < 0 || port > 65535 || !name.matches("[A-Za-z0-9._-]+")) {
            spec.commandLine().getErr().println("ppm serve: --port must be 0-65535 and --name letters, digits, . _ -");
            return 2;
        }
        StoreBridge.serve(store, host, port, name, writable, (url, policies) -> {
            spec.commandLine().getOut().println("serving " + policies + " policies from " + store
                    + (writable ? " (writable)" : " (read-only)"));
            spec.commandLine().getOut().println("SPARQL query endpoint: " + url);
            spec.commandLine().getOut().println("stop with Ctrl-C");
            spec.commandLine().getOut().flush();
        }, warning -> {
            spec.commandLine().getErr().println(warning);
            spec.commandLine().getErr().flush();
        });
        return 0;
    }
}
