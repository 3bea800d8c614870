package io.github.ppm.core.diag;

import java.util.Objects;

/**
 * Where a finding points: a file, a JSON pointer into the document, and the line and column
 * (1-based; 0 when unknown, e.g. for a policy built in code or a binary input).
 */
public record SourceLocation(String file, String pointer, int line, int column) {
    public SourceLocation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** A location in a file with no line information. */
    public static SourceLocation of(String file, String pointer) {
        return new SourceLocation(file, pointer, 0, 0);
    }

    public boolean hasLine() {
        return line > 0;
    }

    /** {@code file:line:col}, or {@code file} with the pointer when there is no line. */
    public String display() {
        if (hasLine()) {
            return file + ":" + line + ":" + column;
        }
        return pointer.isEmpty() ? file : file + "#" + pointer;
    }
}
