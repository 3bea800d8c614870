package io.github.ppm.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.model.Policy;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule against its two fixtures: the good one gives no finding of the rule, the bad one gives
 * exactly the findings marked {@code # expect: ID} on the lines they must point at.
 */
class RuleFixturesTest {
    static Stream<Arguments> fixtures() {
        return Rules.all().stream().flatMap(r -> Stream.of(
                Arguments.of(r.meta().id(), "good"), Arguments.of(r.meta().id(), "bad")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fixtures")
    void fixtureGivesExactlyTheMarkedFindings(String id, String kind) {
        String name = "/lint/" + id + "/" + kind + ".yaml";
        String text = Fixtures.resource(name);
        assertNotNull(text, "missing fixture " + name);
        Parsed<Policy> parsed = Fixtures.parse(name, text);
        LintResult result = Lint.run(parsed, LintOptions.DEFAULT);
        assertTrue(result.valid(), name + " is not a valid policy: " + result.report().diagnostics());
        List<String> expected = Fixtures.expectations(text);
        assertTrue(expected.stream().allMatch(e -> e.endsWith(":" + id)), name + " marks another rule: " + expected);
        List<String> actual = result.report().diagnostics().stream().filter(d -> d.rule().equals(id))
                .map(d -> d.location().line() + ":" + d.rule()).sorted(RuleFixturesTest::byLine).toList();
        if (kind.equals("good")) {
            assertEquals(List.of(), actual, name + ": " + messages(result.report().diagnostics(), id));
        } else {
            assertFalse(expected.isEmpty(), name + " marks no expected finding");
            assertEquals(expected.stream().sorted(RuleFixturesTest::byLine).toList(), actual,
                    name + ": " + messages(result.report().diagnostics(), id));
        }
    }

    private static int byLine(String a, String b) {
        return Integer.compare(Integer.parseInt(a.substring(0, a.indexOf(':'))), Integer.parseInt(b.substring(0, b.indexOf(':'))));
    }

    private static List<String> messages(List<Diagnostic> all, String id) {
        return all.stream().filter(d -> d.rule().equals(id)).map(d -> d.location().line() + " " + d.message().en()).toList();
    }
}
