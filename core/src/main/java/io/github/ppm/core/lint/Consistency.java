package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.ContactPoint;
import io.github.ppm.model.Link;
import io.github.ppm.model.Policy;
import io.github.ppm.model.Sdk;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Internal consistency of contacts and links. */
final class Consistency {
    private Consistency() {
    }

    /** CONSIST-CONTACT: one contact point, one way of writing it. */
    static final class Contact extends BaseRule {
        Contact() {
            super("CONSIST-CONTACT", Severity.WARNING, RuleGroup.CONSISTENCY, Reliability.DERIVED);
        }

        @Override
        public void check(LintContext context) {
            List<ContactPoint> contacts = context.policy().controller().contacts();
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < contacts.size(); i++) {
                ContactPoint c = contacts.get(i);
                String key = c.kind() + " " + c.normalised();
                Integer earlier = first.putIfAbsent(key, i);
                if (earlier != null && !contacts.get(earlier).raw().equals(c.raw())) {
                    context.reportRelated(this, null, "/controller/contacts/" + i + "/raw", c.id().value(),
                            List.of("/controller/contacts/" + earlier + "/raw"), c.raw(), contacts.get(earlier).raw(),
                            c.normalised());
                }
            }
        }
    }

    /** CONSIST-LINKS: every web address belongs to someone, and none is cut off. */
    static final class Links extends BaseRule {
        /** An address that ends with an empty query or parameter was cut off or left unfilled. */
        private static final Pattern TRUNCATED = Pattern.compile("[?&=]$");

        Links() {
            super("CONSIST-LINKS", Severity.INFO, RuleGroup.CONSISTENCY, Reliability.DERIVED);
        }

        @Override
        public void check(LintContext context) {
            Policy policy = context.policy();
            for (int i = 0; i < policy.links().size(); i++) {
                Link l = policy.links().get(i);
                String at = "/links/" + i;
                if (l.owner() == null) {
                    context.reportVariant(this, "orphan", at, null, l.url());
                }
                if (TRUNCATED.matcher(l.url()).find()) {
                    context.reportVariant(this, "truncated", at + "/url", null, l.url());
                }
            }
            for (int i = 0; i < policy.sdks().size(); i++) {
                Sdk s = policy.sdks().get(i);
                if (s.privacyPolicyUrl() != null && TRUNCATED.matcher(s.privacyPolicyUrl()).find()) {
                    context.reportVariant(this, "truncated", "/sdks/" + i + "/privacyPolicyUrl", s.id().value(),
                            s.privacyPolicyUrl());
                }
            }
        }
    }
}
