package io.github.ppm.core.inventory;

/**
 * A value found in an input file, with its line (1-based; 0 when unknown).
 *
 * @param value the value, e.g. {@code android.permission.CAMERA}
 * @param line  where it is
 */
public record Located(String value, int line) {
}
