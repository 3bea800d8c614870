package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PIPL-13-TEXT: statute wording copied into the policy. "本法" / "本条例" ("this Law") refers to the
 * statute itself; inside a company's policy it refers to nothing. Labels and notes are read: an
 * encoding records such wording in the note of the object it belongs to.
 */
final class Pipl13Text extends BaseRule {
    /** "本法" not part of a longer title such as 《…本法…》 is unlikely; a leading 《 marks a title. */
    private static final Pattern SELF_REFERENCE = Pattern.compile("(?<!《)(本法|本条例)");

    Pipl13Text() {
        super("PIPL-13-TEXT", Severity.WARNING, RuleGroup.LEGAL_BASIS, Reliability.VERBATIM);
    }

    @Override
    public void check(LintContext context) {
        for (TextAt text : context.texts()) {
            if (text.zh().indexOf('本') < 0) {
                continue; // every match starts with 本: skip the regex on the rest
            }
            Matcher m = SELF_REFERENCE.matcher(text.zh());
            if (m.find()) {
                String owner = text.owner(context);
                context.report(this, text.pointer(), owner, owner == null ? "/" : owner, m.group());
            }
        }
    }
}
