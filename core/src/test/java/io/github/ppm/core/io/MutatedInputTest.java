package io.github.ppm.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.model.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Throws 1,000 seeded mutations of a real policy at each reader: whatever comes in, the answer is
 * a policy or diagnostics, never an exception.
 */
class MutatedInputTest {
    private static final int MUTANTS = 1_000;
    private static final byte[][] TOKENS = {
        "&a ".getBytes(StandardCharsets.UTF_8), "*a".getBytes(StandardCharsets.UTF_8),
        "[".getBytes(StandardCharsets.UTF_8), "{".getBytes(StandardCharsets.UTF_8),
        "}".getBytes(StandardCharsets.UTF_8), ":".getBytes(StandardCharsets.UTF_8),
        "\n- ".getBytes(StandardCharsets.UTF_8), "\"".getBytes(StandardCharsets.UTF_8),
        "'".getBytes(StandardCharsets.UTF_8), "!!binary ".getBytes(StandardCharsets.UTF_8),
        "!!java.lang.Runtime ".getBytes(StandardCharsets.UTF_8), "\t".getBytes(StandardCharsets.UTF_8),
        "\u0000".getBytes(StandardCharsets.UTF_8), "\uFEFF".getBytes(StandardCharsets.UTF_8),
        "漢".getBytes(StandardCharsets.UTF_8), "🙂".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xC3}, {(byte) 0xFF}, "%YAML 1.1\n".getBytes(StandardCharsets.UTF_8),
        "---\n".getBytes(StandardCharsets.UTF_8), "1e999".getBytes(StandardCharsets.UTF_8),
        "-99999999999999999999".getBytes(StandardCharsets.UTF_8), "null".getBytes(StandardCharsets.UTF_8),
    };

    @Test
    void yamlReaderNeverThrows() throws IOException {
        byte[] seed = Files.readAllBytes(Path.of("src/test/resources/fixtures/roundtrip/hostile-values.yaml"));
        assertEquals(MUTANTS, mutateAndRead(seed, Format.YAML, new Random(20261129)));
    }

    @Test
    void jsonReaderNeverThrows() throws IOException {
        Policy policy = PolicyIO.read(Path.of("src/test/resources/fixtures/roundtrip/hostile-values.yaml")).orThrow();
        byte[] seed = PolicyIO.write(policy, Format.JSON).getBytes(StandardCharsets.UTF_8);
        assertEquals(MUTANTS, mutateAndRead(seed, Format.JSON, new Random(42)));
    }

    private static int mutateAndRead(byte[] seed, Format format, Random random) {
        int read = 0;
        int valid = 0;
        for (int i = 0; i < MUTANTS; i++) {
            byte[] mutant = mutate(seed, random);
            Parsed<Policy> parsed = PolicyIO.read("mutant-" + i + "." + format.extension(), mutant, format);
            Report report = PolicyValidator.validate(parsed);
            assertTrue(parsed.ok() || report.hasErrors(), "a failed read always says why");
            if (parsed.ok()) {
                valid++;
            }
            read++;
        }
        assertTrue(valid > 0 && valid < MUTANTS, "mutations both keep and break documents: " + valid);
        return read;
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] data = seed.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(data.length);
            data = switch (random.nextInt(5)) {
                case 0 -> flip(data, at, random);
                case 1 -> insert(data, at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> Arrays.copyOf(data, Math.max(1, at));
                case 3 -> delete(data, at, 1 + random.nextInt(20));
                default -> {
                    int from = random.nextInt(data.length);
                    yield insert(data, at, Arrays.copyOfRange(data, from, Math.min(data.length, from + 1 + random.nextInt(200))));
                }
            };
        }
        return data;
    }

    private static byte[] flip(byte[] data, int at, Random random) {
        data[at] = (byte) random.nextInt(256);
        return data;
    }

    private static byte[] insert(byte[] data, int at, byte[] piece) {
        byte[] result = new byte[data.length + piece.length];
        System.arraycopy(data, 0, result, 0, at);
        System.arraycopy(piece, 0, result, at, piece.length);
        System.arraycopy(data, at, result, at + piece.length, data.length - at);
        return result;
    }

    private static byte[] delete(byte[] data, int at, int length) {
        int end = Math.min(data.length, at + length);
        byte[] result = new byte[data.length - (end - at)];
        System.arraycopy(data, 0, result, 0, at);
        System.arraycopy(data, end, result, at, data.length - end);
        return result.length == 0 ? new byte[] {'x'} : result;
    }
}
