package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.Disclosure;
import io.github.ppm.model.DisclosureKind;
import io.github.ppm.model.Policy;
import java.util.regex.Pattern;

/**
 * PIPL-22: on a merger, division, dissolution or bankruptcy the handler tells individuals the
 * recipient's name and contact; the recipient keeps the handler's duties and must obtain fresh
 * consent to change purpose or method.
 */
final class Pipl22 extends BaseRule {
    private static final Pattern CORPORATE = Pattern.compile("合并|分立|解散|破产|并购|重组");
    private static final Pattern NAME_AND_CONTACT = Pattern.compile("名称.{0,6}联系方式|联系方式.{0,6}名称");
    private static final Pattern RECONSENT = Pattern.compile("重新.{0,6}(取得|征得|获得).{0,6}同意");

    Pipl22() {
        super("PIPL-22", Severity.ERROR, RuleGroup.DISCLOSURE, Reliability.VERBATIM);
    }

    @Override
    public void check(LintContext context) {
        Policy policy = context.policy();
        boolean successorMeasure = policy.measures().stream()
                .anyMatch(m -> m.kind().value().equals("third-party-management.successor-obligation")
                        && RECONSENT.matcher(m.label().zh()).find());
        for (int i = 0; i < policy.disclosures().size(); i++) {
            Disclosure d = policy.disclosures().get(i);
            String text = d.label().zh() + " " + (d.conditions() == null ? "" : d.conditions().zh());
            if (d.kind() != DisclosureKind.TRANSFER || !CORPORATE.matcher(text).find()) {
                continue;
            }
            String at = "/disclosures/" + i;
            if (!NAME_AND_CONTACT.matcher(text).find()) {
                context.reportVariant(this, "notice", at, d.id().value(), d.id().value());
            }
            if (!RECONSENT.matcher(text).find() && !successorMeasure) {
                context.reportVariant(this, "reconsent", at, d.id().value(), d.id().value());
            }
        }
    }
}
