package io.github.ppm.cli;

/**
 * A fault of the machine, not of ppm or its input: a store locked by another process, a port in
 * use, a query stopped by its timeout. {@link EnvironmentFaults} passes the message on and {@link Main}
 * exits 1, without asking for a bug report.
 */
final class EnvironmentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EnvironmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
