package io.github.ppm.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.ppm.core.RepoFiles;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.model.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example and valid fixture passes the committed schema; every invalid fixture fails it, for
 * the reason its first line names, and the reader rejects it too.
 */
class SchemaValidationTest {
    private static final Path FIXTURES = Path.of("core", "src", "test", "resources", "fixtures");
    /** First line of an invalid fixture: {@code # schema: <keyword> at <instance location>}. */
    private static final Pattern EXPECTATION = Pattern.compile("# schema: (\\S+) at (\\S*)");
    /** Reads YAML as the policy reader does: yes/no/on/off stay text. */
    private static final ObjectMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS).build());
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true).build()));
        schema = registry.getSchema(Files.readString(root().resolve(PolicySchemas.FILE), StandardCharsets.UTF_8),
                InputFormat.JSON);
    }

    static Stream<Path> valid() throws IOException {
        return Stream.concat(documents(Path.of("examples")), validFixtures());
    }

    static Stream<Path> validFixtures() throws IOException {
        return documents(FIXTURES.resolve("valid"));
    }

    static Stream<Path> invalidFixtures() throws IOException {
        return documents(FIXTURES.resolve("invalid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validDocumentPassesTheSchema(Path document) throws IOException {
        assertEquals(List.of(), messages(schema.validate(tree(root().resolve(document)))), document.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFixtures")
    void validFixtureReads(Path document) {
        Parsed<Policy> parsed = PolicyIO.read(root().resolve(document));
        assertTrue(parsed.report().isEmpty(), () -> parsed.report().diagnostics().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFixtures")
    void invalidFixtureFailsTheSchemaAndTheReader(Path document) throws IOException {
        Path file = root().resolve(document);
        String firstLine = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        Matcher expected = EXPECTATION.matcher(firstLine);
        assertTrue(expected.matches(), file + ": the first line must be `# schema: <keyword> at <location>`");
        List<Error> errors = schema.validate(tree(file));
        assertTrue(errors.stream().anyMatch(e -> e.getKeyword().equals(expected.group(1))
                        && e.getInstanceLocation().toString().equals(expected.group(2))),
                () -> "expected " + expected.group(1) + " at " + expected.group(2) + ", got " + messages(errors));
        assertFalse(PolicyIO.read(file).ok(), file + " is rejected by the schema but read without errors");
    }

    private static JsonNode tree(Path file) throws IOException {
        return (Format.of(file).orElseThrow() == Format.YAML ? YAML : JSON).readTree(file.toFile());
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(e -> e.getKeyword() + " at " + e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    /**
     * The {@code .yaml}, {@code .yml} and {@code .json} files below {@code dir} (relative to the
     * repository root), outside {@code target/} build output, as paths relative to the root.
     */
    private static Stream<Path> documents(Path dir) throws IOException {
        Path root = root();
        if (!Files.isDirectory(root.resolve(dir))) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(root.resolve(dir))) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> Format.of(f).isPresent())
                    .map(root::relativize)
                    .filter(f -> !isBuildOutput(f))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static boolean isBuildOutput(Path file) {
        for (Path part : file) {
            if (part.toString().equals("target")) {
                return true;
            }
        }
        return false;
    }

    private static Path root() {
        return RepoFiles.root();
    }
}
