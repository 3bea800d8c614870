package io.github.ppm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.walk.ModelWalker;
import io.github.ppm.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The encoding cites every fact-bearing section of the policy, as compiled by hand in
 * {@code sections.txt}, and cites nothing else (a typo in a section would otherwise go unseen).
 */
class FlagshipSectionsTest {
    @Test
    void flagshipIsValid() {
        Report report = PolicyValidator.validate(Flagship.parsed());
        assertTrue(report.isEmpty(), report.diagnostics().toString());
    }

    @Test
    void everyFactBearingSectionIsCitedAndNothingElse() throws IOException {
        Set<String> listed = Files.readAllLines(Flagship.DIR.resolve("sections.txt")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> cited = new TreeSet<>();
        ModelWalker.walk(Flagship.policy(), (pointer, value) -> {
            if (value instanceof Section section) {
                cited.add(section.value());
            }
        });
        Set<String> forgotten = new TreeSet<>(listed);
        forgotten.removeAll(cited);
        assertEquals(Set.of(), forgotten, "fact-bearing sections no object cites");
        Set<String> unlisted = new TreeSet<>(cited);
        unlisted.removeAll(listed);
        assertEquals(Set.of(), unlisted, "cited sections missing from sections.txt (typo?)");
        assertTrue(listed.size() > 100, "sections listed: " + listed.size());
    }
}
