package io.github.ppm.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.ppm.model.Policy;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and writes policies. Reading never throws for bad input: the result carries diagnostics.
 * Writing is deterministic: fields in record order, empty values left out, {@code \n} line ends,
 * so writing what was read gives the same bytes every time.
 */
public final class PolicyIO {
    private PolicyIO() {
    }

    /** Reads a policy file ({@code .yaml}, {@code .yml} or {@code .json}) within the default limits. */
    public static Parsed<Policy> read(Path file) {
        return DocumentReader.of(Policy.class).read(file);
    }

    /** Reads a policy from bytes; {@code name} is used in diagnostics. */
    public static Parsed<Policy> read(String name, byte[] content, Format format) {
        return DocumentReader.of(Policy.class).read(name, content, format);
    }

    /** The policy as text in {@code format}, ending with a newline. */
    public static String write(Policy policy, Format format) {
        try {
            String text = Mappers.writer(format).writeValueAsString(policy);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a policy record could not be written", e);
        }
    }

    /** Writes the policy to {@code file} in the format its extension names, all or nothing. */
    public static void write(Policy policy, Path file) throws IOException {
        Format format = Format.of(file).orElseThrow(() ->
                new IllegalArgumentException("cannot tell the format of " + file + ": use .yaml, .yml or .json"));
        OutputFiles.writeString(file, write(policy, format));
    }
}
