package io.github.ppm.cli;

import io.github.ppm.core.io.UnsafeOutputException;
import io.github.ppm.core.validate.PolicyValidator;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ppm} command: privacy policies as typed data. */
@Command(name = "ppm",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Privacy policies as typed, machine-readable data.",
            "Reads a policy written in YAML or JSON, checks it, and turns it into what other systems use."
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  ok",
            "  1  failure: a locked store, a port in use, a query timeout, permission",
            "     denied, a full disk, out of memory, a file where a folder is expected,",
            "     no taxonomy key found; or an unexpected error (then please report it)",
            "  2  usage error (a wrong option or argument)",
            "  3  the policy is invalid (or has findings at the --fail-on level; guard: the flow is not allowed)",
            "  4  ppm diff: a material change, users must consent again",
            "",
            "Start with:  ppm validate examples/jinshang-consumer-finance/policy.yaml",
            "Help on a command:  ppm help validate"
        })
public final class Main implements Runnable {
    /** The policy or its findings were invalid. */
    public static final int EXIT_INVALID = 3;

    /**
     * The subcommands by name, in the order {@code ppm --help} lists them. A run registers only the
     * one it names: building picocli's model of all of them cost a cold {@code validate} 0.05–0.1 s.
     */
    static final Map<String, Class<?>> COMMANDS = commands(
            Map.entry("validate", ValidateCommand.class), Map.entry("lint", LintCommand.class),
            Map.entry("rules", RulesCommand.class), Map.entry("taxonomy", TaxonomyCommand.class),
            Map.entry("export", ExportCommand.class),
            Map.entry("import", ImportCommand.class), Map.entry("guard", GuardCommand.class),
            Map.entry("inventory", InventoryCommand.class), Map.entry("diff", DiffCommand.class),
            Map.entry("tables", TablesCommand.class), Map.entry("labels", LabelsCommand.class),
            Map.entry("build", BuildCommand.class), Map.entry("query", QueryCommand.class),
            Map.entry("load", LoadCommand.class), Map.entry("serve", ServeCommand.class),
            Map.entry("generate", GenerateCommand.class), Map.entry("help", CommandLine.HelpCommand.class));

    /** The commands that validate a policy they read: they prepare validation while reading. */
    private static final Set<String> VALIDATING = Set.of(
            "validate", "lint", "export", "tables", "labels", "build", "query", "load");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Hibernate Validator logs through jboss-logging, which would pick java.util.logging and
        // print an INFO banner on every run; route it to slf4j-simple (warnings only).
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        // Bootstrapping the validator takes as long as reading the policy: do both at once.
        if (args.length > 0 && VALIDATING.contains(args[0])) {
            Thread prepare = new Thread(PolicyValidator::prepare, "ppm-prepare-validation");
            prepare.setDaemon(true);
            prepare.start();
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        Class<?> named = args.length == 0 ? null : COMMANDS.get(args[0]);
        boolean all = named == null || named == CommandLine.HelpCommand.class; // help, usage, suggestions
        for (Class<?> command : all ? COMMANDS.values() : List.of(named)) {
            commandLine.addSubcommand(command);
        }
        commandLine.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (e instanceof UnsafeOutputException refused) {
                        cmd.getErr().println("ppm " + cmd.getCommandName() + ": " + refused.getMessage());
                        return CommandLine.ExitCode.USAGE;
                    }
                    Optional<String> fault = EnvironmentFaults.describe(e);
                    if (fault.isPresent()) {
                        cmd.getErr().println("ppm " + cmd.getCommandName() + ": " + fault.get());
                        return CommandLine.ExitCode.SOFTWARE;
                    }
                    cmd.getErr().println("ppm: internal error: " + e);
                    cmd.getErr().println("  please report this with the command and input that caused it");
                    return CommandLine.ExitCode.SOFTWARE;
                });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError | InternalError e) {
            // Errors pass picocli's handler; these two are the machine's (see EnvironmentFaults).
            Optional<String> fault = EnvironmentFaults.describe(e);
            if (fault.isEmpty()) {
                throw e;
            }
            err.println("ppm" + (named == null ? "" : " " + args[0]) + ": " + fault.get());
            code = CommandLine.ExitCode.SOFTWARE;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Names spelled out, so that start-up does not parse fifteen {@code @Command} annotations. */
    @SafeVarargs
    private static Map<String, Class<?>> commands(Map.Entry<String, Class<?>>... entries) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Map.Entry<String, Class<?>> entry : entries) {
            byName.put(entry.getKey(), entry.getValue());
        }
        return byName;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
