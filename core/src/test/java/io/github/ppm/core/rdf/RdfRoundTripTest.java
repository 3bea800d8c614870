package io.github.ppm.core.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ppm.core.Valid;
import io.github.ppm.core.generate.GeneratorOptions;
import io.github.ppm.core.generate.PolicyGenerator;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.model.Policy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code read(write(p))} equals {@code p}, and the four formats carry the same graph. */
class RdfRoundTripTest {
    private static final RdfOptions OTHER_BASE = RdfOptions.DEFAULT.withBaseIri("http://example.org/x#");

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void flagshipRoundTrips(RdfFormat format) {
        Policy flagship = RdfFixtures.flagship();
        assertEquals(flagship, roundTrip(flagship, format, RdfOptions.DEFAULT));
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void hostileValuesRoundTrip(RdfFormat format) {
        Policy hostile = RdfFixtures.hostile();
        assertEquals(hostile, roundTrip(hostile, format, RdfOptions.DEFAULT));
        assertEquals(hostile, roundTrip(hostile, format, OTHER_BASE));
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void sectionsOfEveryKindRoundTripAsWritten(RdfFormat format) {
        Policy sections = RdfFixtures.sections();
        assertEquals(sections, roundTrip(sections, format, RdfOptions.DEFAULT));
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void generatedPoliciesRoundTrip(RdfFormat format) {
        qt().withExamples(25).withShrinkCycles(0).forAll(longs().between(0, Long.MAX_VALUE / 2))
                .checkAssert(seed -> {
                    Policy p = PolicyGenerator.generate(GeneratorOptions.DEFAULT.withSeed(seed));
                    assertEquals(p, roundTrip(p, format, RdfOptions.DEFAULT), "seed " + seed);
                });
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void everyFormatParsesToTheSameGraph(RdfFormat format) {
        for (Policy p : new Policy[] {RdfFixtures.flagship(), RdfFixtures.hostile(),
                PolicyGenerator.generate(GeneratorOptions.DEFAULT.withSeed(7))}) {
            Graph built = Rdf.graph(Valid.of(p), RdfOptions.DEFAULT);
            Graph parsed = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(Rdf.write(Valid.of(p), format, RdfOptions.DEFAULT)
                    .getBytes(StandardCharsets.UTF_8))).lang(Rdf.lang(format)).parse(parsed);
            assertEquals(built.size(), parsed.size(), format + " triple count of " + p.id());
            assertTrue(built.isIsomorphicWith(parsed), format + " graph of " + p.id() + " is not isomorphic");
        }
    }

    static Policy roundTrip(Policy policy, RdfFormat format, RdfOptions options) {
        String text = Rdf.write(Valid.of(policy), format, options);
        Parsed<Policy> back = Rdf.read(policy.id().value() + "." + format.extension(),
                text.getBytes(StandardCharsets.UTF_8), format);
        assertTrue(back.ok(), () -> back.report().diagnostics().toString());
        return back.value();
    }
}
