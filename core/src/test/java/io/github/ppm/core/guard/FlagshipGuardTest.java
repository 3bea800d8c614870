package io.github.ppm.core.guard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.RepoFiles;
import io.github.ppm.core.Valid;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.model.Policy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Guard decisions on the flagship policy, from a reviewed table of flows. */
class FlagshipGuardTest {
    static final Path FLAGSHIP = RepoFiles.flagship();

    @Test
    void everyFlowOfTheFlagshipTableGetsItsDecision() throws Exception {
        Policy policy = PolicyIO.read(FLAGSHIP).orThrow();
        PolicyGuard guard = PolicyGuard.compile(Valid.of(policy));
        FlowTable table = FlowTable.read(PolicyGuardTest.FIXTURES.resolve("flagship-flows.tsv"));
        assertTrue(table.rows().size() >= 30, table.summary());
        for (FlowTable.Row row : table.rows()) {
            row.check(guard);
        }
        for (Outcome outcome : Outcome.values()) {
            assertTrue(table.rows().stream().anyMatch(r -> r.outcome() == outcome), "table covers " + outcome);
        }
        for (ConsentState consent : ConsentState.values()) {
            assertTrue(table.rows().stream().anyMatch(r -> r.flow().consent() == consent), "table covers " + consent);
        }
    }
}
