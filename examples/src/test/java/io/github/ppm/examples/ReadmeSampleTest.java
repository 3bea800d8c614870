package io.github.ppm.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.validate.PolicyValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The YAML sample in the README is a valid policy, so the first thing a newcomer copies works. */
class ReadmeSampleTest {
    @Test
    void readmeSampleIsValid() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("```yaml\n");
        assertTrue(start >= 0, "the README has a YAML sample");
        String yaml = readme.substring(start + 8, readme.indexOf("```", start + 8));
        Report report = PolicyValidator.validate(PolicyIO.read("README.md#sample.yaml",
                yaml.getBytes(StandardCharsets.UTF_8), Format.YAML));
        assertTrue(report.isEmpty(), report.diagnostics().toString());
    }
}
