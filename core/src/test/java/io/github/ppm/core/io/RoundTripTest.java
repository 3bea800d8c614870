package io.github.ppm.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.model.Policy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** YAML → model → JSON → model → YAML changes nothing, for every fixture that reads cleanly. */
class RoundTripTest {
    static Stream<Path> policies() throws Exception {
        return Stream.of("src/test/resources/fixtures/roundtrip", "src/test/resources/fixtures/validate")
                .map(Path::of)
                .flatMap(dir -> {
                    try {
                        return Files.list(dir).filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void yamlToJsonToYamlIsLossless(Path file) {
        Policy original = PolicyIO.read(file).orThrow();

        String json = PolicyIO.write(original, Format.JSON);
        Policy fromJson = PolicyIO.read("copy.json", json.getBytes(StandardCharsets.UTF_8), Format.JSON).orThrow();
        assertEquals(original, fromJson, "JSON round trip changed the policy");

        String yaml = PolicyIO.write(fromJson, Format.YAML);
        Policy fromYaml = PolicyIO.read("copy.yaml", yaml.getBytes(StandardCharsets.UTF_8), Format.YAML).orThrow();
        assertEquals(original, fromYaml, "YAML round trip changed the policy");

        assertEquals(yaml, PolicyIO.write(fromYaml, Format.YAML), "second YAML write differs from the first");
        assertEquals(json, PolicyIO.write(fromYaml, Format.JSON), "second JSON write differs from the first");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void writingIsDeterministicAndEndsWithANewline(Path file) {
        Policy policy = PolicyIO.read(file).orThrow();
        for (Format format : Format.values()) {
            String first = PolicyIO.write(policy, format);
            assertEquals(first, PolicyIO.write(policy, format));
            assertTrue(first.endsWith("\n"));
            assertTrue(!first.contains("\r"), "no carriage returns");
        }
    }
}
