package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.ChangePolicy;
import io.github.ppm.model.MaterialChange;
import io.github.ppm.model.MaterialChangeKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * GBT35273-AnnexD-MATERIAL: the policy's list of material changes should cover the examples of the
 * GB/T 35273-2020 Annex D template.
 */
final class GbtMaterialChanges extends BaseRule {
    static final Set<MaterialChangeKind> EXPECTED = EnumSet.of(MaterialChangeKind.PURPOSE, MaterialChangeKind.CONTROL,
            MaterialChangeKind.RECIPIENTS, MaterialChangeKind.RIGHTS_EXERCISE, MaterialChangeKind.RESPONSIBLE_DEPARTMENT,
            MaterialChangeKind.HIGH_RISK_ASSESSMENT);

    GbtMaterialChanges() {
        super("GBT35273-AnnexD-MATERIAL", Severity.WARNING, RuleGroup.NOTICE, Reliability.SECONDARY);
    }

    @Override
    public void check(LintContext context) {
        ChangePolicy changes = context.policy().changes();
        if (changes == null) {
            return;
        }
        Set<MaterialChangeKind> missing = EnumSet.copyOf(EXPECTED);
        changes.materialChanges().stream().map(MaterialChange::kind).forEach(missing::remove);
        if (!missing.isEmpty()) {
            context.report(this, "/changes/materialChanges", null, Facts.list(missing));
        }
    }
}
