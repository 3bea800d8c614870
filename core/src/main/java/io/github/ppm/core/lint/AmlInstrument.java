package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.LawReference;
import io.github.ppm.model.RetentionRule;
import java.time.LocalDate;

/**
 * AML-INSTRUMENT: 《金融机构客户身份识别和客户身份资料及交易记录保存管理办法》 (PBOC, CBRC, CSRC,
 * CIRC 2007 Order No. 2) was replaced on 2022-03-01 by 《金融机构客户尽职调查和客户身份资料及交易记录
 * 保存管理办法》 (PBOC, CBIRC, CSRC 2022 Order No. 1). A policy dated after that still citing it cites
 * a repealed instrument.
 */
final class AmlInstrument extends BaseRule {
    static final String OLD_TITLE = "金融机构客户身份识别和客户身份资料及交易记录保存管理办法";
    static final LocalDate REPLACED = LocalDate.of(2022, 3, 1);

    AmlInstrument() {
        super("AML-INSTRUMENT", Severity.WARNING, RuleGroup.SECTOR, Reliability.SECONDARY);
    }

    @Override
    public void check(LintContext context) {
        LocalDate date = context.policyDate();
        if (date != null && date.isBefore(REPLACED)) {
            return;
        }
        var rules = context.policy().retention();
        for (int i = 0; i < rules.size(); i++) {
            RetentionRule r = rules.get(i);
            for (int j = 0; j < r.laws().size(); j++) {
                LawReference law = r.laws().get(j);
                if (law.title().contains(OLD_TITLE)) {
                    context.report(this, "/retention/" + i + "/laws/" + j, r.id().value(), r.id().value(), law.title());
                }
            }
        }
    }
}
