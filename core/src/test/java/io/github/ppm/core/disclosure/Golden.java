package io.github.ppm.core.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}: compared exactly, rewritten only when
 * the system property {@code ppm.updateGolden} is {@code true}; review the rewrite in the diff.
 */
final class Golden {
    static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static boolean updating() {
        return Boolean.getBoolean("ppm.updateGolden");
    }

    /** Asserts that {@code actual} equals the golden file {@code name}, or rewrites it when updating. */
    static void check(String name, String actual) throws IOException {
        Path file = ROOT.resolve(name);
        if (updating()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), "missing golden file " + file + "; run with -Dppm.updateGolden=true and review it");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from golden file " + file);
    }

    /** The repository root (the parent POM passes it; a module directory's parent otherwise). */
    static Path repoRoot() {
        String root = System.getProperty("ppm.repoRoot");
        return root == null || root.isBlank() ? Path.of("..").toAbsolutePath().normalize() : Path.of(root);
    }
}
