package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.ConsentType;
import io.github.ppm.model.Disclosure;
import io.github.ppm.model.DisclosureKind;
import java.util.Set;

/**
 * The consent a disclosure of one kind rests on. PIPL Art. 23 (provision) and Art. 25 (public
 * disclosure) require separate consent (单独同意) unless a consent exception applies: a disclosure
 * whose consent is in {@code contradicting} is an error; one whose consent is merely not stated to
 * be separate ({@code unconfirmed}) is a warning.
 */
abstract class ConsentRule extends BaseRule {
    private final DisclosureKind kind;
    private final Set<ConsentType> reported;
    private final boolean includesSilence;

    ConsentRule(String id, Severity severity, DisclosureKind kind, Set<ConsentType> reported, boolean includesSilence) {
        super(id, severity, RuleGroup.DISCLOSURE, Reliability.VERBATIM);
        this.kind = kind;
        this.reported = reported;
        this.includesSilence = includesSilence;
    }

    @Override
    public void check(LintContext context) {
        var disclosures = context.policy().disclosures();
        for (int i = 0; i < disclosures.size(); i++) {
            Disclosure d = disclosures.get(i);
            if (d.kind() != kind) {
                continue;
            }
            String at = "/disclosures/" + i;
            if (d.consent() == null) {
                if (includesSilence) {
                    context.reportVariant(this, "silent", at, d.id().value(), d.id().value());
                }
            } else if (reported.contains(d.consent())) {
                context.report(this, at + "/consent", d.id().value(), d.id().value(), d.consent().name());
            }
        }
    }

    /** PIPL-23-CONSENT: provision rests on consent to the policy as a whole. */
    static final class ShareBundled extends ConsentRule {
        ShareBundled() {
            super("PIPL-23-CONSENT", Severity.ERROR, DisclosureKind.SHARE,
                    Set.of(ConsentType.BUNDLED, ConsentType.NOT_REQUIRED), false);
        }
    }

    /** PIPL-23-SEPARATE: provision not said to rest on separate consent. */
    static final class ShareSeparate extends ConsentRule {
        ShareSeparate() {
            super("PIPL-23-SEPARATE", Severity.WARNING, DisclosureKind.SHARE, Set.of(ConsentType.EXPLICIT), true);
        }
    }

    /** PIPL-25: public disclosure rests on consent to the policy as a whole. */
    static final class DiscloseBundled extends ConsentRule {
        DiscloseBundled() {
            super("PIPL-25", Severity.ERROR, DisclosureKind.PUBLIC_DISCLOSURE,
                    Set.of(ConsentType.BUNDLED, ConsentType.NOT_REQUIRED), false);
        }
    }

    /** PIPL-25-SEPARATE: public disclosure not said to rest on separate consent. */
    static final class DiscloseSeparate extends ConsentRule {
        DiscloseSeparate() {
            super("PIPL-25-SEPARATE", Severity.WARNING, DisclosureKind.PUBLIC_DISCLOSURE, Set.of(ConsentType.EXPLICIT), true);
        }
    }
}
