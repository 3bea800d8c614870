package io.github.ppm.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.io.SourceMap;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.model.Policy;
import io.github.ppm.model.Sdk;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyGeneratorTest {
    @Test
    void generatedPoliciesAreValid() {
        for (Policy policy : PolicyGenerator.generate(GeneratorOptions.DEFAULT, 200)) {
            Report report = PolicyValidator.validate(policy, SourceMap.none(policy.id().value()));
            assertEquals(List.of(), report.diagnostics().stream().filter(d -> d.severity().name().equals("ERROR"))
                    .map(Diagnostic::message).toList(), "policy from generator is invalid: " + policy.id());
        }
    }

    @Test
    void sameSeedSamePolicyOtherSeedOtherPolicy() {
        Policy a = PolicyGenerator.generate(GeneratorOptions.DEFAULT.withSeed(42));
        Policy b = PolicyGenerator.generate(GeneratorOptions.DEFAULT.withSeed(42));
        Policy c = PolicyGenerator.generate(GeneratorOptions.DEFAULT.withSeed(43));
        assertEquals(a, b);
        assertEquals(PolicyIO.write(a, Format.YAML), PolicyIO.write(b, Format.YAML));
        assertNotEquals(a, c);
    }

    @Test
    void policiesAreVaried() {
        List<Policy> policies = PolicyGenerator.generate(GeneratorOptions.DEFAULT, 50);
        Set<String> categories = new HashSet<>();
        Set<Object> roles = new HashSet<>();
        Set<Integer> sdkCounts = new HashSet<>();
        boolean hostile = false;
        for (Policy p : policies) {
            p.activities().forEach(a -> a.categories().forEach(k -> categories.add(k.value())));
            p.sdks().stream().map(Sdk::role).forEach(roles::add);
            sdkCounts.add(p.sdks().size());
            hostile |= PolicyIO.write(p, Format.YAML).contains("<script>");
        }
        assertTrue(categories.size() > 100, "categories used: " + categories.size());
        assertTrue(roles.size() == 3, "roles (two and none): " + roles);
        assertTrue(sdkCounts.size() >= 5, "SDK counts: " + sdkCounts);
        assertTrue(hostile, "hostile values appear");
    }

    @Test
    void sizeKnobsBoundTheLists() {
        GeneratorOptions small = GeneratorOptions.DEFAULT.withActivities(1).withSdks(0).withParties(1)
                .withDisclosures(0).withRetention(0).withHostile(false);
        for (Policy p : PolicyGenerator.generate(small, 20)) {
            assertEquals(1, p.activities().size());
            assertEquals(0, p.sdks().size());
            assertEquals(1, p.parties().size());
            assertEquals(0, p.disclosures().size());
            assertEquals(0, p.retention().size());
            assertTrue(!PolicyIO.write(p, Format.YAML).contains("<script>"));
        }
    }
}
