package io.github.ppm.core.disclosure;

import io.github.ppm.core.RepoFiles;
import java.io.IOException;
import java.nio.file.Path;

/** Golden files of the disclosure outputs, under {@code src/test/resources/golden/}. */
final class Golden {
    static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static boolean updating() {
        return Boolean.getBoolean("ppm.updateGolden");
    }

    /** Asserts that {@code actual} equals the golden file {@code name}, or rewrites it when updating. */
    static void check(String name, String actual) throws IOException {
        RepoFiles.assertGolden(ROOT.resolve(name), actual);
    }
}
