package io.github.ppm.core.io;

import java.io.IOException;

/**
 * An output path ppm refuses to write to: the root or home folder, a link inside an output folder,
 * a folder where a file is to go. The message is for people: lower case, the path in backticks.
 */
public class UnsafeOutputException extends IOException {
    private static final long serialVersionUID = 1L;

    public UnsafeOutputException(String message) {
        super(message);
    }
}
