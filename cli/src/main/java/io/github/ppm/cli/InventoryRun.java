package io.github.ppm.cli;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.inventory.Inventory;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.model.Policy;
import java.nio.file.Path;

/** The work of {@code ppm inventory}, out of picocli's sight. */
final class InventoryRun {
    private InventoryRun() {
    }

    record Result(boolean failed, String text) {
    }

    static Result run(Path file, Path gradle, Path manifest, ReportWriter writer) {
        Parsed<Policy> parsed = PolicyIO.read(file);
        if (!parsed.ok()) {
            return new Result(true, writer.write(parsed.report()));
        }
        Report report = Inventory.check(parsed.value(), parsed.sourceMap(),
                gradle == null ? null : Inventory.readDependencies(gradle),
                manifest == null ? null : Inventory.readManifest(manifest));
        return new Result(report.hasErrors(), writer.write(report));
    }
}
