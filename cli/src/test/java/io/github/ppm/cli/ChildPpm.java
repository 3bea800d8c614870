package io.github.ppm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ppm} in a child JVM on the test's class path, standard error merged into its output: for
 * what must really happen to a process (a lock held by another one, SIGKILL, a small heap, fewer
 * capabilities).
 */
final class ChildPpm {
    private ChildPpm() {
    }

    /**
     * Starts {@code launcher} (e.g. {@code setpriv ...}, or nothing) {@code java jvmOptions Main args}.
     */
    static Process start(List<String> launcher, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(launcher);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Runs to its end (killed after two minutes); {@code out} of the result holds all it printed. */
    static CliRunner run(List<String> launcher, List<String> jvmOptions, String... args) throws IOException,
            InterruptedException {
        Process process = start(launcher, jvmOptions, args);
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("ppm " + String.join(" ", args) + " did not end");
        }
        return new CliRunner(process.exitValue(), new String(output, StandardCharsets.UTF_8), "");
    }
}
