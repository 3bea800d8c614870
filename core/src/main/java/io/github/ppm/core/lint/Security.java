package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.IncidentResponse;
import io.github.ppm.model.Policy;
import io.github.ppm.model.TaxonomyKey;
import io.github.ppm.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Protection measures, the protection officer and incident notices: PIPL Art. 51, 52, 57. */
final class Security {
    private Security() {
    }

    /** PIPL-51: encryption or de-identification, access control, training, an incident plan. */
    static final class Measures extends BaseRule {
        static final List<String> EXPECTED = List.of("encryption", "access-control", "staff-training", "incident-response");

        Measures() {
            super("PIPL-51", Severity.WARNING, RuleGroup.SECURITY, Reliability.VERBATIM);
        }

        @Override
        public void check(LintContext context) {
            List<String> missing = new ArrayList<>();
            for (String kind : EXPECTED) {
                boolean present = context.policy().measures().stream().anyMatch(m -> TaxonomyKey.isWithin(m.kind().value(), kind)
                        || kind.equals("encryption") && m.kind().value().startsWith("de-identification"));
                if (!present) {
                    missing.add(kind);
                }
            }
            if (!missing.isEmpty()) {
                context.report(this, "/measures", null, Facts.list(missing));
            }
        }
    }

    /** PIPL-52: publish the contact of a personal-information protection officer. */
    static final class Officer extends BaseRule {
        Officer() {
            super("PIPL-52", Severity.WARNING, RuleGroup.SECURITY, Reliability.VERBATIM);
        }

        @Override
        public void check(LintContext context) {
            if (context.policy().controller().protectionOfficer() == null) {
                context.report(this, "/controller", null);
            }
        }
    }

    /** PIPL-57: what an incident notice to individuals contains. */
    static final class Incident extends BaseRule {
        static final Map<String, Pattern> ITEMS = new LinkedHashMap<>();

        static {
            ITEMS.put("categories", Pattern.compile("种类|类别|类型|哪些信息"));
            ITEMS.put("cause", Pattern.compile("原因|基本情况"));
            ITEMS.put("harm", Pattern.compile("危害|影响"));
            ITEMS.put("measures", Pattern.compile("措施"));
            ITEMS.put("advice", Pattern.compile("建议|防范"));
            ITEMS.put("contact", Pattern.compile("联系方式|联系"));
        }

        Incident() {
            super("PIPL-57", Severity.WARNING, RuleGroup.SECURITY, Reliability.VERBATIM);
        }

        @Override
        public void check(LintContext context) {
            Policy policy = context.policy();
            IncidentResponse incidents = policy.incidents();
            if (incidents == null) {
                context.reportVariant(this, "missing", "/incidents", null);
                return;
            }
            String all = String.join(" ", incidents.tells().stream().map(Text::zh).toList());
            List<Text> missing = ITEMS.entrySet().stream().filter(e -> !e.getValue().matcher(all).find())
                    .map(e -> Messages.of("PIPL-57.item." + e.getKey())).toList();
            if (!missing.isEmpty()) {
                context.report(this, "/incidents/tells", null, Facts.join(missing));
            }
        }
    }
}
