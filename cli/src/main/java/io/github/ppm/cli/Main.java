package io.github.ppm.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        subcommands = {ValidateCommand.class, LintCommand.class, RulesCommand.class, ExportCommand.class,
            ImportCommand.class, GuardCommand.class, InventoryCommand.class, DiffCommand.class,
            TablesCommand.class, LabelsCommand.class, BuildCommand.class, QueryCommand.class, LoadCommand.class,
            ServeCommand.class, GenerateCommand.class,
            CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  ok",
            "  1  failure (an unexpected error; please report it)",
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

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Hibernate Validator logs through jboss-logging, which would pick java.util.logging and
        // print an INFO banner on every run; route it to slf4j-simple (warnings only).
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("ppm: internal error: " + e);
                    cmd.getErr().println("  please report this with the command and input that caused it");
                    return CommandLine.ExitCode.SOFTWARE;
                });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
