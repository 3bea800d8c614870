package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Messages;
import io.github.ppm.model.Text;

/** The topic a rule belongs to, for the rule index. Declared in reading order. */
public enum RuleGroup {
    LEGAL_BASIS,
    NOTICE,
    RETENTION,
    DISCLOSURE,
    AUTOMATED_DECISION,
    SENSITIVE_AND_MINORS,
    CROSS_BORDER,
    RIGHTS,
    SECURITY,
    SDK_AND_PERMISSIONS,
    SECTOR,
    CONSISTENCY;

    public Text label() {
        return Messages.of("group." + name());
    }
}
