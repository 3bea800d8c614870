package io.github.ppm.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code ppm} in-process, as a user would from the shell, and keeps what it printed. */
record CliRunner(int exitCode, String out, String err) {
    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRunner(code, out.toString(), err.toString());
    }
}
