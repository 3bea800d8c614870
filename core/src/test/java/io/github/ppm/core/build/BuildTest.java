package io.github.ppm.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.Valid;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.model.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ppm build} in core: every output written and linked from the index, and the producer list as extension point. */
class BuildTest {
    static final Path SMALL = Path.of("src/test/resources/fixtures/disclosure/small.yaml");

    @Test
    void writesEveryOutputAndAnIndexLinkingEachOne(@TempDir Path dir) throws IOException {
        BuildResult result = Build.run(SMALL, dir);
        assertTrue(result.valid());
        assertEquals(4 + 4 + 7 * 4 * 2 + 5 + 4 + 1, result.outputs().size(),
                "validation, lint, 56 tables, labels, 4 RDF formats, index");
        assertTrue(Files.readString(dir.resolve("lint/report.en.txt")).contains("error(s)"));
        assertTrue(Files.readString(dir.resolve("rdf/policy.ttl")).contains("dpv:PrivacyNotice"));
        String index = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        for (Output output : result.outputs()) {
            assertTrue(Files.isRegularFile(dir.resolve(output.path())), output.path());
            if (!output.path().equals("index.html")) {
                assertTrue(index.contains("href=\"" + output.path() + "\""), "index links " + output.path());
            }
        }
        Matcher links = Pattern.compile("href=\"([^\"]+)\"").matcher(index);
        while (links.find()) {
            assertTrue(Files.isRegularFile(dir.resolve(links.group(1))), "the index links no missing file: " + links.group(1));
        }
        assertTrue(Files.readString(dir.resolve("labels/PrivacyInfo.xcprivacy")).contains("NSPrivacyCollectedDataTypes"));
        assertTrue(index.contains("<html lang=\"zh-CN\">") && index.contains("<span lang=\"en\">"));
    }

    @Test
    void anUnreadablePolicyStillGetsItsValidationReport(@TempDir Path dir) throws IOException {
        Path broken = Path.of("src/test/resources/fixtures/io/syntax.yaml");
        BuildResult result = Build.run(broken, dir);
        assertFalse(result.valid());
        assertEquals(List.of("validation/report.zh.txt", "validation/report.en.txt", "validation/report.json",
                "validation/report.sarif", "index.html"), result.outputs().stream().map(Output::path).toList());
        assertTrue(Files.readString(dir.resolve("validation/report.en.txt")).contains("[PPM-IO-SYNTAX]"));
        assertFalse(Files.exists(dir.resolve("tables")));
    }

    @Test
    void moreProducersCanBeAddedToTheList(@TempDir Path dir) throws IOException {
        OutputProducer extra = new OutputProducer() {
            @Override
            public String id() {
                return "extra";
            }

            @Override
            public List<Output> produce(BuildInput input) throws IOException {
                input.write("extra/policy-id.txt", input.policy().policy().id().value() + "\n");
                return List.of(new Output("extra/policy-id.txt", new Text("附加", "Extra"), new Text("编号", "Id"), "text",
                        Report.empty()));
            }
        };
        BuildResult result = Build.run(SMALL, dir, BuildOptions.defaults().plus(extra));
        assertEquals("small-lender\n", Files.readString(dir.resolve("extra/policy-id.txt")));
        assertTrue(Files.readString(dir.resolve("index.html")).contains("href=\"extra/policy-id.txt\""));
        assertEquals("extra/policy-id.txt", result.outputs().get(result.outputs().size() - 2).path());
    }

    @Test
    void aProducerCannotWriteOutsideTheFolder(@TempDir Path dir) {
        BuildInput input = new BuildInput(SMALL, io.github.ppm.core.validate.PolicyValidator.read(SMALL),
                new io.github.ppm.core.io.Parsed<>(io.github.ppm.core.lint.LintOptions.DEFAULT, Report.empty(), null), dir);
        assertThrows(IllegalArgumentException.class, () -> input.write("../escape.txt", "x"));
        assertThrows(IllegalArgumentException.class, () -> input.write("a/../../escape.txt", "x"));
    }
}
