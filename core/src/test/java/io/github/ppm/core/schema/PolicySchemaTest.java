package io.github.ppm.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ppm.core.RepoFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The committed schema is exactly what the model generates. */
class PolicySchemaTest {
    private static final String REGENERATE = "./mvnw -B -pl core -am test -Dtest=PolicySchemaTest"
            + " -Dppm.updateGolden=true -Dsurefire.failIfNoSpecifiedTests=false";

    @Test
    void committedSchemaIsGenerated() throws IOException {
        String generated = PolicySchemas.text(PolicySchemas.generate());
        Path file = RepoFiles.root().resolve(PolicySchemas.FILE);
        if (Boolean.getBoolean("ppm.updateGolden")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            return;
        }
        String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (!generated.equals(committed)) {
            fail(PolicySchemas.FILE + " is not what the model generates (" + firstDifference(generated, committed)
                    + "); regenerate it with `" + REGENERATE + "` and review the diff");
        }
    }

    /** Where two texts first differ, by line: the whole 50 KB schema in a message helps no one. */
    private static String firstDifference(String generated, String committed) {
        List<String> a = generated.lines().toList();
        List<String> b = committed.lines().toList();
        int line = 0;
        while (line < a.size() && line < b.size() && a.get(line).equals(b.get(line))) {
            line++;
        }
        return "line " + (line + 1) + ": generated `" + (line < a.size() ? a.get(line).strip() : "<end>")
                + "`, committed `" + (line < b.size() ? b.get(line).strip() : "<end>") + "`";
    }

    /** The one pattern written by hand: it must accept what {@link Period#parse} reads in policies. */
    @ParameterizedTest
    @CsvSource({"P5Y, true", "P15D, true", "P5Y6M, true", "P1Y2M3W4D, true", "P2W, true",
            "P, false", "15 days, false", "PT5H, false", "P1.5Y, false", "P-1Y, false"})
    void periodPatternAcceptsIsoPeriods(String text, boolean valid) {
        assertEquals(valid, text.matches(PolicySchemas.PERIOD), text);
        if (valid) {
            Period.parse(text);
        }
    }
}
