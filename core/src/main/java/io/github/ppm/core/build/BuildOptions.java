package io.github.ppm.core.build;

import java.util.ArrayList;
import java.util.List;

/**
 * How a build runs.
 *
 * @param producers the producers, run in order; their outputs appear in the index in that order
 */
public record BuildOptions(List<OutputProducer> producers) {
    public BuildOptions {
        producers = List.copyOf(producers);
    }

    /** The producers ppm ships ({@link Build#DEFAULT_PRODUCERS}). */
    public static BuildOptions defaults() {
        return new BuildOptions(Build.DEFAULT_PRODUCERS);
    }

    public BuildOptions withProducers(List<OutputProducer> newProducers) {
        return new BuildOptions(newProducers);
    }

    /** These options with one more producer at the end. */
    public BuildOptions plus(OutputProducer producer) {
        List<OutputProducer> all = new ArrayList<>(producers);
        all.add(producer);
        return new BuildOptions(all);
    }
}
