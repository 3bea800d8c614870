package io.github.ppm.core.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.RepoFiles;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.taxonomy.Taxonomy;
import io.github.ppm.core.taxonomy.TaxonomyEntry;
import io.github.ppm.core.taxonomy.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The mapping files are consistent with the taxonomy and the stores' vocabularies, cover every
 * taxonomy key, and docs/store-labels.md lists every choice they make.
 */
class StoreLabelMappingTest {
    @ParameterizedTest
    @EnumSource(StoreTarget.class)
    void mappingFileReadsStrictly(StoreTarget target) {
        Parsed<LabelMapping> parsed = StoreLabels.readMapping(target);
        assertTrue(parsed.ok(), () -> parsed.report().toString());
        assertEquals(target.id(), parsed.value().target());
    }

    @ParameterizedTest
    @EnumSource(StoreTarget.class)
    void everyKeyExistsAndEveryValueIsTheStores(StoreTarget target) {
        LabelMapping mapping = StoreLabels.mapping(target);
        Taxonomy taxonomy = Taxonomy.builtIn();
        check(mapping.categories(), taxonomy.categories(), values(mapping.storeTypes()));
        check(mapping.purposes(), taxonomy.purposes(), values(mapping.storePurposes()));
        for (String key : mapping.trackingPurposes()) {
            assertTrue(taxonomy.purposes().contains(key), key);
        }
        for (String key : mapping.sharingExemptPurposes()) {
            assertTrue(taxonomy.purposes().contains(key), key);
        }
        if (target == StoreTarget.PLAY) {
            assertEquals(38, mapping.storeTypes().size(), "the Data safety form has 38 data types");
            assertEquals(7, mapping.storePurposes().size());
            assertEquals(22, mapping.questions().size());
            mapping.storeTypes().forEach(t -> assertTrue(t.group().startsWith("PSL_DATA_TYPES_"), t.value()));
        } else {
            assertEquals(35, mapping.storeTypes().size(), "Apple has 35 collected data types");
            assertEquals(6, mapping.storePurposes().size());
        }
    }

    private static void check(List<LabelMapping.Entry> entries, Vocabulary vocabulary, Set<String> storeValues) {
        Set<String> seen = new HashSet<>();
        for (LabelMapping.Entry entry : entries) {
            assertTrue(seen.add(entry.key()), "duplicate entry " + entry.key());
            assertTrue(vocabulary.contains(entry.key()), "not a taxonomy key: " + entry.key());
            assertEquals(entry.to().isEmpty(), entry.unmapped() != null,
                    entry.key() + ": an entry maps or says why it cannot, not both");
            if (entry.unmapped() != null) {
                assertFalse(entry.unmapped().zh().isBlank() || entry.unmapped().en().isBlank(), entry.key());
            }
            for (String value : entry.to()) {
                assertTrue(storeValues.contains(value), entry.key() + ": unknown store value " + value);
            }
            if (entry.thirdParty() != null) {
                entry.thirdParty().forEach(v -> assertTrue(storeValues.contains(v), entry.key() + ": " + v));
            }
        }
        // Every key of the taxonomy resolves to an entry: nothing falls through unexplained.
        for (TaxonomyEntry key : vocabulary.entries()) {
            assertTrue(LabelMapping.lookup(entries, key.key()).isPresent(), "no mapping for " + key.key());
        }
    }

    private static Set<String> values(List<LabelMapping.StoreValue> vocabulary) {
        Set<String> result = new HashSet<>();
        vocabulary.forEach(v -> assertTrue(result.add(v.value()), "duplicate store value " + v.value()));
        return result;
    }

    /** The tables of docs/store-labels.md between the generated markers are made from the mapping files. */
    @ParameterizedTest
    @EnumSource(StoreTarget.class)
    void docPageListsEveryChoice(StoreTarget target) throws IOException {
        Path doc = RepoFiles.root().resolve("docs/store-labels.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        LabelMapping mapping = StoreLabels.mapping(target);
        String updated = replace(text, target.id() + "-categories", table(mapping, mapping.categories(),
                Taxonomy.builtIn().categories()));
        updated = replace(updated, target.id() + "-purposes", table(mapping, mapping.purposes(),
                Taxonomy.builtIn().purposes()));
        if (Golden.updating()) {
            Files.writeString(doc, updated, StandardCharsets.UTF_8);
        } else {
            assertEquals(text, updated, "docs/store-labels.md is out of date with schemas/labels/" + target.id()
                    + ".yaml; run the tests with -Dppm.updateGolden=true");
        }
    }

    private static String replace(String doc, String name, String table) {
        Pattern section = Pattern.compile("(<!-- generated:" + Pattern.quote(name) + " -->\n)(.*?)(<!-- /generated -->)",
                Pattern.DOTALL);
        Matcher m = section.matcher(doc);
        assertTrue(m.find(), "docs/store-labels.md lacks the section " + name);
        return doc.substring(0, m.start(2)) + table + doc.substring(m.end(2));
    }

    private static String table(LabelMapping mapping, List<LabelMapping.Entry> entries, Vocabulary vocabulary) {
        StringBuilder out = new StringBuilder("| Key | 中文 | Store value | Why |\n| --- | --- | --- | --- |\n");
        for (LabelMapping.Entry entry : entries) {
            String label = vocabulary.get(entry.key()).map(e -> e.label().zh()).orElse("");
            String value;
            if (entry.unmapped() != null) {
                value = "*not mapped*";
            } else {
                value = String.join(", ", entry.to().stream().map(mapping::labelOf).toList());
                if (entry.thirdParty() != null) {
                    value += "; to a third party: " + String.join(", ", entry.thirdParty().stream().map(mapping::labelOf).toList());
                }
            }
            String why = entry.unmapped() != null ? entry.unmapped().en() : entry.why() == null ? "" : entry.why();
            out.append("| `").append(entry.key()).append("` | ").append(label).append(" | ").append(value)
                    .append(" | ").append(why.replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }
}
