package io.github.ppm.core.build;

import java.io.IOException;
import java.util.List;

/**
 * One kind of output of {@code ppm build}: writes its files into the output folder and says what
 * they are, for the index page and the summary. Implementations are stateless.
 */
public interface OutputProducer {
    /** A short stable name, e.g. {@code tables}. */
    String id();

    /** Whether it needs a policy that was read and has no errors; the validation report does not. */
    default boolean needsPolicy() {
        return true;
    }

    /** Writes this producer's files through {@link BuildInput#write} and describes each. */
    List<Output> produce(BuildInput input) throws IOException;
}
