package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Messages;
import io.github.ppm.model.Text;

/**
 * How the text a rule rests on was obtained (the "verif." column of the project's research notes).
 * A rule whose source is only a translation or a third-party copy is never an error.
 */
public enum Reliability {
    /** The Chinese text of the law or regulation was read verbatim. */
    VERBATIM,
    /** Only an English machine translation of the official text was read. */
    MACHINE_TRANSLATION,
    /** Only a third party's reproduction was read; wording may drift. */
    SECONDARY,
    /** Stated from general knowledge; the text was not found. */
    NOT_FOUND,
    /** Not a legal text: derived from the policy's own statements (internal consistency). */
    DERIVED;

    /** A short bilingual description for docs and SARIF. */
    public Text label() {
        return Messages.of("reliability." + name());
    }
}
