package io.github.ppm.core.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The authoring formats. */
public enum Format {
    YAML("yaml"),
    JSON("json");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name says: {@code .yaml}/{@code .yml} or {@code .json}. */
    public static Optional<Format> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
