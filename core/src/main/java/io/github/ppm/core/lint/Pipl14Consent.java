package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import java.util.regex.Pattern;

/**
 * PIPL-14-1: consent must be informed, voluntary and explicit; a clause that treats using the
 * service (or reading the policy) as consent is not explicit consent.
 */
final class Pipl14Consent extends BaseRule {
    private static final Pattern DEEMED = Pattern.compile(
            "(使用|继续使用|访问|注册|登录|下载).{0,40}(即视为|视为|即意味着|意味着|即表示|即代表)(?!不).{0,30}同意");

    Pipl14Consent() {
        super("PIPL-14-1", Severity.WARNING, RuleGroup.NOTICE, Reliability.VERBATIM);
    }

    @Override
    public void check(LintContext context) {
        for (TextAt text : context.texts()) {
            if (DEEMED.matcher(text.zh()).find()) {
                String owner = text.owner(context);
                context.report(this, text.pointer(), owner, owner == null ? "/" : owner);
            }
        }
    }
}
