package io.github.ppm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The top-level command: its subcommand table and what it prints without one. */
class MainTest {
    @Test
    void eachSubcommandIsRegisteredUnderItsOwnName() {
        for (Map.Entry<String, Class<?>> entry : Main.COMMANDS.entrySet()) {
            assertEquals(entry.getValue().getAnnotation(Command.class).name(), entry.getKey());
        }
    }

    @Test
    void helpListsEverySubcommand() {
        CliRunner run = CliRunner.run("--help");
        assertEquals(0, run.exitCode());
        for (String name : Main.COMMANDS.keySet()) {
            assertTrue(run.out().contains("\n  " + name + " "), name + " missing from:\n" + run.out());
        }
    }

    @Test
    void aMisspelledSubcommandIsAUsageErrorWithASuggestion() {
        CliRunner run = CliRunner.run("valdate", "x.yaml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("validate"), run.err());
    }

    @Test
    void helpOnASubcommandWorks() {
        CliRunner run = CliRunner.run("help", "lint");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: ppm lint"), run.out());
    }
}
