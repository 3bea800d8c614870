package io.github.ppm.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.model.Policy;

/**
 * Fuzzes the policy reader and validator: any input must give a policy or diagnostics. An
 * exception escaping, or a failed read without a finding, is a bug.
 */
class PolicyReaderFuzzTest {
    @FuzzTest
    void yaml(byte[] input) {
        check(input, Format.YAML);
    }

    @FuzzTest
    void json(byte[] input) {
        check(input, Format.JSON);
    }

    /** Reads and validates; true when the input was a policy. */
    static boolean check(byte[] input, Format format) {
        Parsed<Policy> parsed = PolicyIO.read("fuzz." + format.extension(), input, format);
        Report report = PolicyValidator.validate(parsed);
        if (!parsed.ok() && !report.hasErrors()) {
            throw new AssertionError("a failed read must say why");
        }
        return parsed.ok();
    }
}
