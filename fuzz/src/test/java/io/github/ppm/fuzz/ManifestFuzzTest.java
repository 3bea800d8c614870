package io.github.ppm.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ppm.core.inventory.AndroidManifests;

/** Fuzzes the AndroidManifest.xml reader: any bytes give a scan with or without findings, never an exception. */
class ManifestFuzzTest {
    @FuzzTest
    void manifest(byte[] input) {
        check(input);
    }

    static void check(byte[] input) {
        if (AndroidManifests.parse("fuzz.xml", input) == null) {
            throw new AssertionError("the reader always returns a scan");
        }
    }
}
