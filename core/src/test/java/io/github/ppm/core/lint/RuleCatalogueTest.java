package io.github.ppm.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.RepoFiles;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The meta-test: a rule is complete only with its class (registered), metadata, a doc page, a good
 * and a bad fixture, and messages in both languages. Also keeps docs/rules.md, the index generated
 * from the catalogue, in step with it.
 */
class RuleCatalogueTest {
    @Test
    void atLeastFortyRulesWithUniqueIds() {
        assertTrue(Rules.all().size() >= 40, "rules: " + Rules.all().size());
        assertEquals(Rules.all().size(), Rules.ids().size());
    }

    @Test
    void everyRuleIsComplete() {
        List<String> problems = new ArrayList<>();
        Set<String> zh = Messages.keys("zh");
        Set<String> en = Messages.keys("en");
        for (Rule rule : Rules.all()) {
            RuleMeta m = rule.meta();
            String id = m.id();
            for (String key : List.of(id + ".title", id + ".source")) {
                if (!zh.contains(key) || !en.contains(key)) {
                    problems.add(id + ": no " + key + " in both languages");
                }
            }
            boolean hasMessage = en.stream().anyMatch(k -> (k.equals(id) || k.startsWith(id + "."))
                    && !k.endsWith(".title") && !k.endsWith(".source") && !k.endsWith(".help"));
            if (!hasMessage || !zh.containsAll(en.stream().filter(k -> k.equals(id) || k.startsWith(id + ".")).toList())) {
                problems.add(id + ": no finding message in both languages");
            }
            String page = Fixtures.resource(m.docResource());
            if (page == null) {
                problems.add(id + ": no doc page " + m.docResource());
            } else {
                if (!page.startsWith("# " + id + " — ")) {
                    problems.add(id + ": doc page does not start with its id");
                }
                if (!page.contains("| Severity | " + m.severity().label() + " |")) {
                    problems.add(id + ": doc page states another severity");
                }
                if (!page.contains("| Source text | " + m.reliability().label().en() + " |")) {
                    problems.add(id + ": doc page does not say how reliable the source text is");
                }
                if (!page.contains(m.source().en())) {
                    problems.add(id + ": doc page does not cite the source");
                }
            }
            for (String kind : List.of("good", "bad")) {
                if (Fixtures.resource("/lint/" + id + "/" + kind + ".yaml") == null) {
                    problems.add(id + ": no " + kind + " fixture");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void errorsRestOnVerbatimSourcesAndTitlesDiffer() {
        for (Rule rule : Rules.all()) {
            RuleMeta m = rule.meta();
            if (m.severity() == Severity.ERROR) {
                assertEquals(Reliability.VERBATIM, m.reliability(), m.id());
            }
            assertNotEquals(m.title().zh(), m.title().en(), m.id());
            assertFalse(m.since().isBlank());
        }
    }

    @Test
    void everyLintMessageKeyBelongsToARule() {
        Set<String> prefixes = Set.of("reliability.", "group.", "field.", "PPM-LINT-");
        List<String> orphans = Messages.keys("en").stream()
                .filter(k -> k.matches("[A-Z][A-Z0-9]*-.*") || prefixes.stream().anyMatch(k::startsWith))
                .filter(k -> prefixes.stream().noneMatch(k::startsWith))
                .filter(k -> !k.startsWith("PPM-"))
                .filter(k -> Rules.ids().stream().noneMatch(id -> k.equals(id) || k.startsWith(id + ".")))
                .collect(Collectors.toList());
        assertEquals(List.of(), orphans);
    }

    @Test
    void rulesIndexIsGeneratedFromTheCatalogue() throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# Lint rules\n\n")
                .append("Generated from the rule catalogue by `RuleCatalogueTest` (run the tests with\n")
                .append("`-Dppm.updateGolden=true` to refresh). Each rule has a page: `ppm rules ID`, or\n")
                .append("`core/src/main/resources/rules/ID.md`. ").append(Rules.all().size()).append(" rules.\n\n")
                .append("Severity: **error** — a binding law is clearly contradicted by the policy's data (and its\n")
                .append("text was read verbatim); **warning** — standards, guides, translated or secondary sources,\n")
                .append("and heuristics that need review; **info** — context.\n");
        for (RuleGroup group : RuleGroup.values()) {
            List<Rule> members = Rules.all().stream().filter(r -> r.meta().group() == group).toList();
            if (members.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(group.label().en()).append(" / ").append(group.label().zh()).append("\n\n")
                    .append("| id | severity | title | 标题 | source | source text |\n|---|---|---|---|---|---|\n");
            for (Rule rule : members) {
                RuleMeta m = rule.meta();
                out.append("| [").append(m.id()).append("](../core/src/main/resources/rules/").append(m.id()).append(".md) | ")
                        .append(m.severity().label()).append(" | ").append(m.title().en()).append(" | ")
                        .append(m.title().zh()).append(" | ").append(m.source().en().replace("|", "\\|")).append(" | ")
                        .append(m.reliability().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(" |\n");
            }
        }
        RepoFiles.assertGolden(RepoFiles.root().resolve("docs/rules.md"), out.toString());
        assertNotNull(RepoFiles.root());
    }
}
