package io.github.ppm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The machine's faults, made real (a folder ppm may not write, a full and a read-only file system,
 * a heap too small, a file where a folder goes): each is exit 1 with its own message saying what
 * and where, no stack trace and no "please report". Faults that need root (mounting a tmpfs, or
 * dropping root's right to ignore permissions) are skipped, saying why, where it is not available.
 */
class EnvironmentFaultsTest {
    private static final Path FLAGSHIP = Path.of("../examples/jinshang-consumer-finance/policy.yaml");

    @TempDir
    Path tmp;

    private final List<Path> mounts = new ArrayList<>();

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        for (Path mount : mounts) {
            new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** What a fault must print: its own message, one line, no trace, no bug report asked for. */
    private static void assertFault(CliRunner run, String expected) {
        String printed = run.out() + run.err();
        assertEquals(1, run.exitCode(), printed);
        assertTrue(printed.contains(expected), printed);
        assertFalse(printed.contains("please report"), printed);
        assertFalse(printed.contains("internal error"), printed);
        assertFalse(printed.contains("\tat ") || printed.contains("Exception") || printed.contains("Error:"), printed);
        assertEquals(1, printed.strip().lines().count(), printed);
    }

    @Test
    void aFolderPpmMayNotWriteIsPermissionDenied() throws IOException, InterruptedException {
        Path locked = Files.createDirectory(tmp.resolve("locked"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
        List<String> launcher = List.of();
        if (Files.isWritable(locked)) {
            // root ignores permissions; without CAP_DAC_OVERRIDE it obeys them like anyone
            Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")),
                    "running as root without setpriv: root may write any folder, so nothing would be denied");
            launcher = List.of("/usr/bin/setpriv", "--bounding-set", "-dac_override,-dac_read_search");
        }
        assertFault(ChildPpm.run(launcher, List.of(), "build", FLAGSHIP.toString(), "-o", locked.resolve("site").toString()),
                "ppm build: permission denied on `" + locked.resolve("site") + "`; check the permissions");
        assertFault(ChildPpm.run(launcher, List.of(), "export", FLAGSHIP.toString(), "--format", "ttl", "-o",
                locked.resolve("policy.ttl").toString()), "ppm export: permission denied on `" + locked + "`;");
        assertFault(ChildPpm.run(launcher, List.of(), "load", FLAGSHIP.toString(), "--store", locked.resolve("store").toString()),
                "ppm load: permission denied on `" + locked.resolve("store") + "`;");
        try (var entries = Files.list(locked)) {
            assertEquals(0, entries.count());
        }
    }

    /** A tmpfs of 64 KB mounted at {@code name} (with {@code options} added), or the test is skipped. */
    private Path tmpfs(String name, String options) throws IOException, InterruptedException {
        Path folder = Files.createDirectory(tmp.resolve(name));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k" + options, "tmpfs", folder.toString())
                .redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(mount.waitFor() == 0, "a real full or read-only file system needs `mount -t tmpfs`"
                + " (root in a sandbox that allows mounts): " + said.strip());
        mounts.add(folder);
        return folder;
    }

    @Test
    void aFullDiskIsNoSpaceLeft() throws IOException, InterruptedException {
        Path full = tmpfs("full", "");
        assertFault(ChildPpm.run(List.of(), List.of(), "load", FLAGSHIP.toString(), "--store", full.resolve("store").toString()),
                "ppm load: no space left on the device");
        assertFault(ChildPpm.run(List.of(), List.of(), "build", FLAGSHIP.toString(), "-o", full.resolve("site").toString()),
                "ppm build: no space left on the device; free some space or write elsewhere");
    }

    /**
     * TDB2 writes through memory-mapped files: a full disk while a page is written arrives as
     * SIGBUS, which Java turns into this error. On a 1 MB tmpfs three loads of four end so (the
     * fourth fails earlier, in a plain write, as above); too irregular to replay, so the mapping is
     * checked on the error the JVM throws.
     */
    @Test
    void aMemoryMappedWriteThatFailedIsNoSpaceLeft() {
        assertEquals("no space left on the device: writing the store's memory-mapped files failed; free some space (or"
                + " use a folder on another disk) and run it again", EnvironmentFaults.describe(new IllegalStateException(
                new InternalError("a fault occurred in a recent unsafe memory access operation in compiled Java code")))
                .orElseThrow());
        assertTrue(EnvironmentFaults.describe(new InternalError("something else")).isEmpty());
    }

    @Test
    void aReadOnlyFileSystemIsSaidSo() throws IOException, InterruptedException {
        Path readOnly = tmpfs("read-only", ",ro");
        for (String command : List.of("build", "load")) {
            Path target = readOnly.resolve(command);
            assertFault(ChildPpm.run(List.of(), List.of(), command, FLAGSHIP.toString(),
                    command.equals("build") ? "-o" : "--store", target.toString()),
                    "ppm " + command + ": `" + target + "` is on a read-only file system; choose a folder ppm can write");
        }
    }

    @Test
    void anInputTooBigForTheHeapIsOutOfMemory() throws IOException, InterruptedException {
        // 13 MB, 200,000 triples: under the reader's limits, over what a 32 MB heap holds as a graph
        Path big = tmp.resolve("big.nt");
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 200_000; i++) {
                out.write("<urn:s" + i + "> <urn:p> \"value number " + i + " with some padding text\" .\n");
            }
        }
        assertFault(ChildPpm.run(List.of(), List.of("-Xmx32m"), "query", big.toString(), "ASK { ?s ?p ?o }"),
                "ppm query: out of memory: this input needs more than the ");
    }

    @Test
    void aFileWhereAFolderGoesIsSaidSo() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
        String message = "`" + file + "` is a file, but a folder is expected there; name a new or empty folder";
        assertFault(CliRunner.run("load", FLAGSHIP.toString(), "--store", file.toString()), "ppm load: " + message);
        assertFault(CliRunner.run("serve", "--store", file.toString(), "--port", "0"), "ppm serve: " + message);
        assertFault(CliRunner.run("query", "--store", file.toString(), "ASK {}"), "ppm query: " + message);
        assertFault(CliRunner.run("build", FLAGSHIP.toString(), "-o", file.toString()), "ppm build: " + message);
        assertFault(CliRunner.run("generate", "--count", "1", "-o", file.toString()), "ppm generate: " + message);
        assertFault(CliRunner.run("export", FLAGSHIP.toString(), "--format", "ttl", "-o", file.resolve("policy.ttl").toString()),
                "ppm export: " + message);
        assertFault(CliRunner.run("build", FLAGSHIP.toString(), "-o", file.resolve("site").toString()),
                "ppm build: a part of the path `" + file.resolve("site") + "` is a file, but a folder is expected");
        assertEquals("mine", Files.readString(file));
    }
}
