package io.github.ppm.cli;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.inventory.Inventory;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.Validation;
import java.nio.file.Path;

/** The work of {@code ppm inventory}, out of picocli's sight. */
final class InventoryRun {
    private InventoryRun() {
    }

    record Result(boolean failed, String text) {
    }

    static Result run(Path file, Path gradle, Path manifest, ReportWriter writer) {
        Validation validation = PolicyValidator.read(file);
        if (!validation.valid()) {
            return new Result(true, writer.write(validation.report()));
        }
        Report report = Inventory.check(validation.policy(),
                gradle == null ? null : Inventory.readDependencies(gradle),
                manifest == null ? null : Inventory.readManifest(manifest));
        return new Result(report.hasErrors(), writer.write(report));
    }
}
