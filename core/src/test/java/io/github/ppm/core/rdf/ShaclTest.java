package io.github.ppm.core.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.Valid;
import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.model.Policy;
import io.github.ppm.model.Sdk;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The SHACL shapes accept the flagship and catch a broken export with a readable report. */
class ShaclTest {
    @Test
    void flagshipConformsUpToOneKnownGapOfThePolicy() {
        Report report = Rdf.check(Valid.of(RdfFixtures.flagshipParsed()), RdfOptions.DEFAULT);
        assertEquals(List.of(), report.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList());
        // A content gap, reported as a warning: 一.(七).3 analyses "business data" and names no category.
        assertEquals(List.of("PPM-SHACL-PROCESS-DATA activity/business-analytics"),
                report.diagnostics().stream().map(d -> d.rule() + " " + d.message().en().split("`")[1]).toList());
    }

    @Test
    void generatedPoliciesHaveNoStructuralViolations() {
        for (Policy p : io.github.ppm.core.generate.PolicyGenerator.generate(
                io.github.ppm.core.generate.GeneratorOptions.DEFAULT.withSeed(500), 10)) {
            Report report = Rdf.check(Valid.of(p), RdfOptions.DEFAULT);
            assertEquals(List.of(), report.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                    .map(d -> d.rule() + " " + d.message().en()).toList(), "seed policy " + p.id());
        }
    }

    @Test
    void everySectionKindPassesTheSourceShapeAndOtherTextDoesNot() {
        Parsed<Policy> parsed = RdfFixtures.sectionsParsed();
        Map<Node, String> pointers = new HashMap<>();
        Graph graph = Rdf.build(Valid.of(parsed.value()), RdfOptions.DEFAULT, pointers);
        assertEquals(List.of(), ShaclCheck.check(graph, pointers, parsed.sourceMap()).diagnostics().stream()
                .filter(d -> d.rule().equals("PPM-SHACL-SOURCE")).toList());

        Triple cited = graph.find(Node.ANY, PPM.term("source"), NodeFactory.createLiteralString("附录A.(3)")).next();
        graph.delete(cited);
        for (String broken : List.of("附录A.(3", "附录A.(3)\n")) {
            Triple wrong = Triple.create(cited.getSubject(), cited.getPredicate(), NodeFactory.createLiteralString(broken));
            graph.add(wrong);
            assertEquals(List.of("PPM-SHACL-SOURCE"), ShaclCheck.check(graph, pointers, parsed.sourceMap()).diagnostics()
                    .stream().map(Diagnostic::rule).filter(r -> r.equals("PPM-SHACL-SOURCE")).toList(), broken);
            graph.delete(wrong);
        }
    }

    @Test
    void brokenExportIsCaughtAndPlacedAtTheSdk() {
        Parsed<Policy> parsed = RdfFixtures.flagshipParsed();
        Policy policy = parsed.value();
        Sdk sdk = policy.sdks().get(0);
        Map<Node, String> pointers = new HashMap<>();
        Graph graph = Rdf.build(Valid.of(policy), RdfOptions.DEFAULT, pointers);
        Node sdkNode = NodeFactory.createURI(RdfOptions.DEFAULT_BASE + policy.id() + "/sdk/" + sdk.id());
        // Break it: the SDK loses its privacy link and its provider; the notice loses its controller.
        graph.remove(sdkNode, PPM.term("privacyPolicyUrl"), Node.ANY);
        graph.remove(sdkNode, TECH.hasProvider, Node.ANY);
        graph.remove(Node.ANY, DPV.hasDataController, Node.ANY);
        graph.add(NodeFactory.createURI("urn:x:stray"), RDF.type.asNode(), PPM.Sdk);

        Report report = ShaclCheck.check(graph, pointers, parsed.sourceMap());
        Set<String> rules = new TreeSet<>(report.diagnostics().stream().map(Diagnostic::rule).toList());
        assertTrue(rules.containsAll(Set.of("PPM-SHACL-SDK-PRIVACY-URL", "PPM-SHACL-SDK-PROVIDER",
                "PPM-SHACL-NOTICE-CONTROLLER")), rules.toString());

        Diagnostic url = report.diagnostics().stream().filter(d -> d.rule().equals("PPM-SHACL-SDK-PRIVACY-URL")
                && d.message().en().contains(sdk.id().value())).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, url.severity());
        assertEquals("/sdks/0", url.location().pointer());
        assertEquals(parsed.sourceMap().locate("/sdks/0").line(), url.location().line());
        assertTrue(url.location().line() > 0);
        assertEquals("the SDK `sdk/" + sdk.id() + "` has no privacy policy link", url.message().en());
        assertEquals("SDK `sdk/" + sdk.id() + "` 没有隐私政策链接", url.message().zh());

        String human = ReportWriter.of(ReportFormat.HUMAN, "en").write(report);
        assertTrue(human.contains("policy.yaml:" + url.location().line() + ":"), human);
        assertTrue(human.contains("[PPM-SHACL-SDK-PRIVACY-URL]"), human);
    }

    @Test
    void everyShapeRuleHasMessagesInBothLanguages() {
        Set<String> rules = new TreeSet<>();
        ShaclCheck.shapesGraph().find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(ShaclCheck.SHAPES_NS + "PPM-")) {
                rules.add(s.getURI().substring(ShaclCheck.SHAPES_NS.length()));
            }
        });
        assertTrue(rules.size() >= 15, rules.toString());
        for (String rule : rules) {
            assertTrue(Messages.keys("en").contains(rule) && Messages.keys("zh").contains(rule), rule);
        }
    }
}
