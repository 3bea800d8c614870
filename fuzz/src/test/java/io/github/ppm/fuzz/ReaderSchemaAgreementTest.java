package io.github.ppm.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.model.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Differential test: on mutated flagship documents, the policy reader and the committed JSON Schema
 * ({@code schemas/policy.schema.json}, 2020-12, formats asserted) give the same verdict. The
 * reader's verdict is "read, and no structural finding" (rules {@code PPM-IO-*} and
 * {@code PPM-VAL-*}); what the schema cannot say by design is not part of it: references between
 * objects ({@code PPM-REF-*}, {@code PPM-ID-*}) and characters XML 1.0 cannot carry
 * ({@code PPM-CHAR-UNWRITABLE}, which the validator checks and the schema does not). A document
 * that does not parse as JSON or YAML — syntax, duplicate keys, a second document — has no schema
 * verdict and counts as refused by both.
 */
class ReaderSchemaAgreementTest {
    private static final int MUTANTS = 500;
    private static final Path FLAGSHIP = Path.of("../examples/jinshang-consumer-finance/policy.yaml");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS).build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** Values a mutation puts in place of a node: each is right for some fields and wrong for others. */
    private static final List<Object> VALUES = List.of(7, 18.0, 18.5, 1e1, -1, 31, true, false,
            "2024-01-31", "2024-01-31T10:00:00Z", "2024-02-30", "https://a.example/\u00A0x", "https://a.example/x",
            "https://a.example/\u3000x", "🙂".repeat(1001), "🙂".repeat(2001), "x".repeat(2001), " ", "\t", "", "\u00A0",
            "18", "18.0", "yes", "个人信息", "P5Y", "p5y", "P", "AB", "CN", "device.identifier.imei", "sdk-x", "一.(五).1",
            "a".repeat(81), "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "zh", "ZH");

    private static Schema schema;
    private static JsonNode flagship;

    @BeforeAll
    static void load() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true).build()));
        schema = registry.getSchema(Files.readString(Path.of("../schemas/policy.schema.json")), InputFormat.JSON);
        Policy policy = PolicyIO.read(FLAGSHIP).orThrow();
        flagship = JSON.readTree(PolicyIO.write(policy, Format.JSON));
    }

    @Test
    void readerAndSchemaAgreeOnValueMutations() throws IOException {
        Random random = new Random(20261204L);
        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < MUTANTS; i++) {
            JsonNode tree = flagship.deepCopy();
            String mutation = mutate(tree, random);
            Format format = i % 2 == 0 ? Format.JSON : Format.YAML;
            byte[] bytes = (format == Format.JSON ? JSON : YAML).writeValueAsBytes(tree);
            String verdicts = compare(bytes, format);
            if (verdicts.startsWith("agree: accepted")) {
                accepted++;
            }
            if (!verdicts.startsWith("agree")) {
                disagreements.add(format + " " + mutation + ": " + verdicts);
            }
        }
        assertEquals(List.of(), disagreements);
        assertTrue(accepted > MUTANTS / 10 && accepted < MUTANTS * 9 / 10, accepted + " of " + MUTANTS + " accepted");
    }

    @Test
    void readerAndSchemaAgreeOnByteMutations() throws IOException {
        List<String> disagreements = new ArrayList<>();
        for (Format format : new Format[] {Format.YAML, Format.JSON}) {
            byte[] seed = format == Format.YAML ? Files.readAllBytes(FLAGSHIP) : JSON.writeValueAsBytes(flagship);
            Random random = new Random(7 + format.ordinal());
            for (int i = 0; i < MUTANTS; i++) {
                byte[] mutant = Mutations.mutate(seed, random);
                String verdicts = compare(mutant, format);
                if (!verdicts.startsWith("agree")) {
                    disagreements.add(format + " mutant " + i + ": " + verdicts);
                }
            }
        }
        assertEquals(List.of(), disagreements);
    }

    /**
     * The categories the review found where the two disagreed, each set once on the flagship: the
     * reader now refuses what the schema refuses and accepts what it accepts.
     */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "/document/title/en | 95555 | refused",
        "/document/title/en | true | refused",
        "/document/title/en | 18.5 | refused",
        "/document/title/en | null | refused",
        "/controller/legalName | null | refused",
        "/sdks/0/privacyPolicyUrl | null | refused",
        "/document/title/en | '\" \"' | refused",
        "/document/title/en | '\"\\t\"' | refused",
        "/document/title/en | '\"\\u00A0\"' | accepted",
        "/document/title/en | EMOJI_1001 | accepted",
        "/document/title/en | EMOJI_2001 | refused",
        "/effectiveDate | '\"2024-01-31\"' | accepted",
        "/effectiveDate | '\"2024-01-31T10:00:00Z\"' | refused",
        "/effectiveDate | '\"2024-02-30\"' | refused",
        "/effectiveDate | 20240131 | refused",
        "/sdks/0/privacyPolicyUrl | '\"https://a.example/\\u00A0x\"' | refused",
        "/sdks/0/privacyPolicyUrl | '\"https://a.example/\\u3000x\"' | refused",
        "/sdks/0/privacyPolicyUrl | '\"https://a.example/x\"' | accepted",
        "/sdks/0/deidentified | '\" \"' | refused",
        "/sdks/0/deidentified | '\"\"' | refused",
        "/sdks/0/deidentified | '\"true\"' | refused",
        "/minors/minimumServiceAge | 18.0 | accepted",
        "/minors/minimumServiceAge | 1.8e1 | accepted",
        "/minors/minimumServiceAge | 18.5 | refused",
        "/minors/minimumServiceAge | '\"18\"' | refused",
        "/retention/2/minimum | '\"p5y\"' | refused",
        "/retention/2/minimum | '\"-P5Y\"' | refused",
        "/retention/2/minimum | '\"P5Y\"' | accepted",
        "/id | 7 | refused",
        "/controller/source | '\"第三条.（二）.①\"' | accepted",
        "/controller/source | '\"附录A.(3)\"' | accepted",
        "/controller/source | '\"2.1.3\"' | accepted",
        "/controller/source | '\"3\"' | accepted",
        "/controller/source | 3 | refused",
        "/controller/source | '\"一.前言\"' | refused",
        "/controller/source | '\"第一章第二条\"' | refused",
        "/controller/source | '\"一\\n\"' | refused"})
    void eachCategoryTheReviewFoundAgrees(String pointer, String json, String expected) throws IOException {
        ObjectNode tree = flagship.deepCopy();
        JsonNode value = switch (json) {
            case "EMOJI_1001" -> JSON.valueToTree("🙂".repeat(1001));
            case "EMOJI_2001" -> JSON.valueToTree("🙂".repeat(2001));
            default -> JSON.readTree(json);
        };
        ((ObjectNode) tree.at(pointer.substring(0, pointer.lastIndexOf('/')))).set(pointer.substring(pointer.lastIndexOf('/') + 1), value);
        for (Format format : new Format[] {Format.JSON, Format.YAML}) {
            String verdicts = compare((format == Format.JSON ? JSON : YAML).writeValueAsBytes(tree), format);
            assertEquals("agree: " + expected, verdicts, format + " " + pointer + " = " + json);
        }
    }

    /** "agree: ..." or both verdicts with the reasons. */
    private static String compare(byte[] bytes, Format format) {
        Parsed<Policy> parsed = PolicyIO.read("mutant", bytes, format);
        List<String> structural = PolicyValidator.validate(parsed).diagnostics().stream()
                .filter(d -> d.rule().startsWith("PPM-IO-") || d.rule().startsWith("PPM-VAL-"))
                .map(ReaderSchemaAgreementTest::describe).toList();
        boolean reader = parsed.ok() && structural.isEmpty();
        List<String> schemaErrors;
        try {
            JsonNode tree = (format == Format.JSON ? JSON : YAML).readTree(bytes);
            schemaErrors = tree == null || tree.isMissingNode() ? List.of("empty document")
                    : schema.validate(tree).stream().map(e -> e.getKeyword() + " at " + e.getInstanceLocation()
                            + ": " + e.getMessage()).toList();
        } catch (IOException | RuntimeException e) {
            schemaErrors = List.of("does not parse: " + e.getClass().getSimpleName());
        }
        boolean schemaOk = schemaErrors.isEmpty();
        if (reader == schemaOk) {
            return "agree: " + (reader ? "accepted" : "refused");
        }
        return "reader " + (reader ? "accepts" : "refuses " + structural) + ", schema "
                + (schemaOk ? "accepts" : "refuses " + schemaErrors.subList(0, Math.min(3, schemaErrors.size())));
    }

    private static String describe(Diagnostic d) {
        return d.rule() + " at " + d.location().pointer() + ": " + d.message().en();
    }

    /** Changes one node of {@code tree} and says how. */
    private static String mutate(JsonNode tree, Random random) {
        List<Map.Entry<JsonNode, String>> places = new ArrayList<>();
        collect(tree, places);
        Map.Entry<JsonNode, String> place = places.get(random.nextInt(places.size()));
        JsonNode parent = place.getKey();
        String key = place.getValue();
        String pointer = key;
        int operation = random.nextInt(10);
        JsonNode value = switch (operation) {
            case 0 -> JsonNodeFactory.instance.nullNode();
            case 1 -> JsonNodeFactory.instance.arrayNode();
            case 2 -> JsonNodeFactory.instance.objectNode();
            default -> JSON.valueToTree(VALUES.get(random.nextInt(VALUES.size())));
        };
        if (parent instanceof ObjectNode object) {
            String field = key.substring(key.lastIndexOf('/') + 1);
            if (operation == 3) {
                object.remove(field);
                return "remove " + pointer;
            }
            if (operation == 4) {
                object.set("extra", value);
                return "add " + pointer.substring(0, pointer.lastIndexOf('/')) + "/extra = " + shortly(value);
            }
            object.set(field, value);
        } else {
            ArrayNode array = (ArrayNode) parent;
            int index = Integer.parseInt(key.substring(key.lastIndexOf('/') + 1));
            if (operation == 3) {
                array.remove(index);
                return "remove " + pointer;
            }
            if (operation == 4) {
                array.add(array.get(index).deepCopy());
                return "duplicate " + pointer;
            }
            array.set(index, value);
        }
        return "set " + pointer + " = " + shortly(value);
    }

    /** Every (parent, pointer) below {@code node}. */
    private static void collect(JsonNode node, List<Map.Entry<JsonNode, String>> out) {
        collect(node, "", out);
    }

    private static void collect(JsonNode node, String pointer, List<Map.Entry<JsonNode, String>> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = pointer + "/" + field.getKey();
                out.add(Map.entry(node, child));
                collect(field.getValue(), child, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(Map.entry(node, pointer + "/" + i));
                collect(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    private static String shortly(JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 20) + "…(" + text.codePointCount(0, text.length()) + " code points)" : text;
    }
}
