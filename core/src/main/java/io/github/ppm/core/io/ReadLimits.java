package io.github.ppm.core.io;

/**
 * Bounds on what a reader accepts, so that hostile input fails fast with a diagnostic instead of
 * exhausting memory. Each bound has its own diagnostic code.
 *
 * @param maxBytes        largest accepted input ({@code PPM-IO-TOO-LARGE})
 * @param maxDepth        deepest accepted nesting of objects and lists ({@code PPM-IO-TOO-DEEP})
 * @param maxStringLength longest accepted string value ({@code PPM-IO-STRING-TOO-LONG})
 */
public record ReadLimits(long maxBytes, int maxDepth, int maxStringLength) {
    /** 8 MiB, 64 levels, 100,000 characters: far above any real policy (the flagship is ~100 KiB, 10 levels). */
    public static final ReadLimits DEFAULT = new ReadLimits(8L * 1024 * 1024, 64, 100_000);

    public ReadLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxStringLength <= 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    public ReadLimits withMaxBytes(long value) {
        return new ReadLimits(value, maxDepth, maxStringLength);
    }

    public ReadLimits withMaxDepth(int value) {
        return new ReadLimits(maxBytes, value, maxStringLength);
    }

    public ReadLimits withMaxStringLength(int value) {
        return new ReadLimits(maxBytes, maxDepth, value);
    }
}
