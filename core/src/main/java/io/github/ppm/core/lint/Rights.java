package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.RightKind;
import java.util.List;

/**
 * The rights of PIPL Art. 44–48 and account cancellation: each must be offered, and (except the
 * rights to know and decide, which the policy itself serves) with a way to exercise it.
 */
class Rights extends BaseRule {
    private final List<RightKind> kinds;
    private final boolean needsChannel;

    Rights(String id, Severity severity, Reliability reliability, boolean needsChannel, RightKind... kinds) {
        super(id, severity, RuleGroup.RIGHTS, reliability);
        this.kinds = List.of(kinds);
        this.needsChannel = needsChannel;
    }

    @Override
    public void check(LintContext context) {
        for (RightKind kind : kinds) {
            if (!Facts.hasRight(context.policy(), kind)) {
                context.reportVariant(this, "missing", "/rights", null, kind.name());
            } else if (needsChannel && !Facts.hasChannel(context.policy(), kind)) {
                context.reportVariant(this, "channel", "/rights", null, kind.name());
            }
        }
    }

    /** PIPL-44: to know and to decide (restrict or refuse). */
    static final class KnowDecide extends Rights {
        KnowDecide() {
            super("PIPL-44", Severity.ERROR, Reliability.VERBATIM, false, RightKind.KNOW, RightKind.DECIDE);
        }
    }

    /** PIPL-45: to access and copy. */
    static final class Access extends Rights {
        Access() {
            super("PIPL-45", Severity.ERROR, Reliability.VERBATIM, true, RightKind.ACCESS_AND_COPY);
        }
    }

    /** PIPL-46: to rectify and supplement. */
    static final class Rectify extends Rights {
        Rectify() {
            super("PIPL-46", Severity.ERROR, Reliability.VERBATIM, true, RightKind.RECTIFY);
        }
    }

    /** PIPL-47-ERASE: to have data deleted. */
    static final class Erase extends Rights {
        Erase() {
            super("PIPL-47-ERASE", Severity.ERROR, Reliability.VERBATIM, true, RightKind.ERASE);
        }
    }

    /** PIPL-48: to an explanation of the processing rules. */
    static final class Explain extends Rights {
        Explain() {
            super("PIPL-48", Severity.ERROR, Reliability.VERBATIM, true, RightKind.EXPLANATION);
        }
    }

    /** AM-6.1: account cancellation (the 2019 determination method, §六 read in translation only). */
    static final class Cancel extends Rights {
        Cancel() {
            super("AM-6.1", Severity.WARNING, Reliability.MACHINE_TRANSLATION, true, RightKind.ACCOUNT_CANCELLATION);
        }
    }
}
