package io.github.ppm.core.guard;

/** Fixed-size bit sets as {@code long[]}: the guard's keys are small dense ints. */
final class Bits {
    private Bits() {
    }

    static long[] empty(int size) {
        return new long[(size + 63) >>> 6];
    }

    static boolean get(long[] words, int bit) {
        return (words[bit >>> 6] & (1L << bit)) != 0;
    }

    static void set(long[] words, int bit) {
        words[bit >>> 6] |= 1L << bit;
    }

    static void or(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] |= from[i];
        }
    }

    static boolean isEmpty(long[] words) {
        for (long word : words) {
            if (word != 0) {
                return false;
            }
        }
        return true;
    }
}
