package io.github.ppm.core.generate;

/**
 * What {@link PolicyGenerator} makes. The same options always give the same policy.
 *
 * @param seed        the random seed
 * @param activities  at most this many business scenarios (at least one is made)
 * @param sdks        at most this many SDKs
 * @param parties     at most this many parties besides SDK providers (at least one is made)
 * @param disclosures at most this many disclosures
 * @param retention   at most this many retention rules
 * @param hostile     whether texts include hostile-but-valid values (quotes, markup, formula
 *                    prefixes, emoji, newlines, very long strings)
 */
public record GeneratorOptions(long seed, int activities, int sdks, int parties, int disclosures, int retention,
        boolean hostile) {
    /** Seed 0, a mid-sized policy with hostile texts. */
    public static final GeneratorOptions DEFAULT = new GeneratorOptions(0, 8, 6, 6, 5, 4, true);

    public GeneratorOptions {
        for (int n : new int[] {activities, sdks, parties, disclosures, retention}) {
            if (n < 0 || n > 10_000) {
                throw new IllegalArgumentException("sizes must be between 0 and 10000, got " + n);
            }
        }
    }

    public GeneratorOptions withSeed(long newSeed) {
        return new GeneratorOptions(newSeed, activities, sdks, parties, disclosures, retention, hostile);
    }

    public GeneratorOptions withActivities(int n) {
        return new GeneratorOptions(seed, n, sdks, parties, disclosures, retention, hostile);
    }

    public GeneratorOptions withSdks(int n) {
        return new GeneratorOptions(seed, activities, n, parties, disclosures, retention, hostile);
    }

    public GeneratorOptions withParties(int n) {
        return new GeneratorOptions(seed, activities, sdks, n, disclosures, retention, hostile);
    }

    public GeneratorOptions withDisclosures(int n) {
        return new GeneratorOptions(seed, activities, sdks, parties, n, retention, hostile);
    }

    public GeneratorOptions withRetention(int n) {
        return new GeneratorOptions(seed, activities, sdks, parties, disclosures, n, hostile);
    }

    public GeneratorOptions withHostile(boolean on) {
        return new GeneratorOptions(seed, activities, sdks, parties, disclosures, retention, on);
    }
}
