package io.github.ppm.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ppm.core.RepoFiles;
import io.github.ppm.model.Policy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The YAML ppm writes means the same to a YAML 1.1 reader: SnakeYAML's default resolver (YAML 1.1,
 * like PyYAML and Go's yaml.v2) reads every string back as that string, and dates as text.
 */
class YamlQuotingTest {
    /** Each is a boolean, null, number, date or key to a YAML 1.1 reader when written plain. */
    private static final List<String> AMBIGUOUS = List.of("yes", "No", "ON", "off", "y", "N", "true", "False", "~",
            "null", "NULL", "1_000", "0x1F", "017", "0o17", "0b101", "1:30", "190:20:30.15", "1e3", "-1.5E+3", ".inf",
            "-.Inf", ".NaN", "2024-01-31", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "=", "<<",
            "12", "+7", "3.", ".5");

    @Test
    void everyStringAndDateReadsBackAsTheSameStringInYaml11() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Policy flagship = PolicyIO.read(RepoFiles.flagship()).orThrow();
        ObjectNode tree = (ObjectNode) json.readTree(PolicyIO.write(flagship, Format.JSON));
        tree.put("effectiveDate", "2024-01-31").put("updated", "2024-02-29");
        Iterator<String> words = AMBIGUOUS.iterator();
        replaceEnglishTexts(tree, words);
        assertTrue(!words.hasNext(), "the flagship has a text for every ambiguous word");
        Parsed<Policy> hostile = PolicyIO.read("hostile.json", json.writeValueAsBytes(tree), Format.JSON);
        String yaml = PolicyIO.write(hostile.orThrow(), Format.YAML);

        Object loaded = new Yaml().load(yaml);
        List<String> differences = new ArrayList<>();
        compare("", json.readTree(PolicyIO.write(hostile.orThrow(), Format.JSON)), loaded, differences);
        assertEquals(List.of(), differences);
        assertTrue(yaml.contains("effectiveDate: \"2024-01-31\"\nupdated: \"2024-02-29\"\n"), "dates are quoted");
        assertEquals(hostile.orThrow(), PolicyIO.read("back.yaml", yaml.getBytes(StandardCharsets.UTF_8), Format.YAML)
                .orThrow(), "ppm reads its own YAML back unchanged");
    }

    /** Puts the next word into each {@code en} text until the words run out. */
    private static void replaceEnglishTexts(JsonNode node, Iterator<String> words) {
        if (node instanceof ObjectNode object && object.has("en") && object.has("zh") && words.hasNext()) {
            object.put("en", words.next());
        }
        for (JsonNode child : node) {
            replaceEnglishTexts(child, words);
        }
    }

    private static void compare(String pointer, JsonNode expected, Object actual, List<String> out) {
        if (expected.isObject()) {
            Map<?, ?> map = actual instanceof Map<?, ?> m ? m : Map.of();
            expected.properties().forEach(e -> compare(pointer + "/" + e.getKey(), e.getValue(), map.get(e.getKey()), out));
        } else if (expected.isArray()) {
            List<?> list = actual instanceof List<?> l ? l : List.of();
            for (int i = 0; i < expected.size(); i++) {
                compare(pointer + "/" + i, expected.get(i), i < list.size() ? list.get(i) : null, out);
            }
        } else if (expected.isTextual() && !expected.asText().equals(actual)) {
            out.add(pointer + ": `" + expected.asText() + "` read as " + (actual == null ? "null"
                    : actual.getClass().getSimpleName() + " " + actual));
        } else if (expected.isNumber() && !(actual instanceof Number n && n.longValue() == expected.asLong())) {
            out.add(pointer + ": number " + expected + " read as " + actual);
        } else if (expected.isBoolean() && !Boolean.valueOf(expected.asBoolean()).equals(actual)) {
            out.add(pointer + ": boolean " + expected + " read as " + actual);
        }
    }
}
