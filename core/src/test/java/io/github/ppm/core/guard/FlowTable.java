package io.github.ppm.core.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table of flows and the decisions they must get, one a line, tab-separated: data, purpose,
 * {@code sdk:ID} or {@code recipient:ID}, consent, outcome, reason, sections that must be cited
 * (space-separated, {@code -} for none), the consent exception that must be named ({@code -} for none).
 */
record FlowTable(List<Row> rows) {
    record Row(int line, Flow flow, Outcome outcome, Reason reason, List<String> sections, String exception) {
        void check(PolicyGuard guard) {
            Decision decision = guard.decide(flow);
            String where = "line " + line + " " + flow + " -> " + decision;
            assertEquals(outcome, decision.outcome(), where);
            assertEquals(reason, decision.reason(), where);
            List<String> cited = decision.sections().stream().map(Object::toString).toList();
            for (String section : sections) {
                assertTrue(cited.contains(section), "must cite " + section + ": " + where);
            }
            assertEquals(exception, decision.exception() == null ? "-" : decision.exception().id().value(), where);
        }
    }

    static FlowTable read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertEquals(8, f.length, "line " + (i + 1) + " has " + f.length + " columns: " + Arrays.toString(f));
            String[] target = f[2].split(":", 2);
            TargetKind kind = switch (target[0]) {
                case "sdk" -> TargetKind.SDK;
                case "recipient" -> TargetKind.RECIPIENT;
                default -> throw new IllegalArgumentException("line " + (i + 1) + ": target " + f[2]);
            };
            Flow flow = new Flow(f[0], f[1], kind, target[1], ConsentState.valueOf(f[3]));
            List<String> sections = f[6].equals("-") ? List.of() : List.of(f[6].split(" "));
            rows.add(new Row(i + 1, flow, Outcome.valueOf(f[4]), Reason.valueOf(f[5]), sections, f[7]));
        }
        return new FlowTable(rows);
    }

    String summary() {
        return rows.stream().collect(Collectors.groupingBy(Row::outcome, Collectors.counting())).toString();
    }
}
