package io.github.ppm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository the tests read, and golden files they compare with. */
public final class RepoFiles {
    private RepoFiles() {
    }

    /** The repository root: the parent POM passes it; run alone from a module, the module's parent. */
    public static Path root() {
        String root = System.getProperty("ppm.repoRoot");
        return root == null || root.isBlank() ? Path.of("..").toAbsolutePath().normalize() : Path.of(root);
    }

    /** The flagship policy's YAML. */
    public static Path flagship() {
        return root().resolve("examples/jinshang-consumer-finance/policy.yaml");
    }

    /**
     * Compares {@code actual} with the golden {@code file}; with {@code -Dppm.updateGolden=true} it
     * writes the file instead, for review in the diff.
     */
    public static void assertGolden(Path file, String actual) throws IOException {
        if (Boolean.getBoolean("ppm.updateGolden")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), "missing golden file " + file + "; run with -Dppm.updateGolden=true and review it");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                "differs from golden file " + file + " (review, then run with -Dppm.updateGolden=true to accept)");
    }
}
