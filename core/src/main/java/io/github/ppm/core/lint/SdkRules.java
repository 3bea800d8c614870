package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.CollectionMethodKind;
import io.github.ppm.model.Policy;
import io.github.ppm.model.Sdk;
import io.github.ppm.model.Text;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Rules on the disclosure of third-party SDKs (第三方SDK). */
final class SdkRules {
    private SdkRules() {
    }

    /**
     * AM-2.1: every embedded SDK's purposes, methods and scope of collection must be listed one by
     * one (the 2019 determination method §二.1, read verbatim).
     */
    static final class Listed extends BaseRule {
        Listed() {
            super("AM-2.1", Severity.ERROR, RuleGroup.SDK_AND_PERMISSIONS, Reliability.VERBATIM);
        }

        @Override
        public void check(LintContext context) {
            List<Sdk> sdks = context.policy().sdks();
            for (int i = 0; i < sdks.size(); i++) {
                Sdk s = sdks.get(i);
                List<Text> missing = new ArrayList<>();
                if (s.purposes().isEmpty() && s.purposeLabel() == null) {
                    missing.add(Messages.of("field.purpose"));
                }
                if (s.collects().isEmpty() && s.permissions().isEmpty()) {
                    missing.add(Messages.of("field.scope"));
                }
                if (s.collectionMethods().isEmpty()) {
                    missing.add(Messages.of("field.method"));
                }
                if (!missing.isEmpty()) {
                    context.report(this, "/sdks/" + i, s.id().value(), s.id().value(), Facts.join(missing));
                }
            }
        }
    }

    /** TC260-SDK-ROLE: say whether the SDK's provider is an independent handler or a processor. */
    static final class Role extends BaseRule {
        Role() {
            super("TC260-SDK-ROLE", Severity.WARNING, RuleGroup.SDK_AND_PERMISSIONS, Reliability.MACHINE_TRANSLATION);
        }

        @Override
        public void check(LintContext context) {
            List<Sdk> sdks = context.policy().sdks();
            for (int i = 0; i < sdks.size(); i++) {
                if (sdks.get(i).role() == null) {
                    context.report(this, "/sdks/" + i, sdks.get(i).id().value(), sdks.get(i).id().value());
                }
            }
        }
    }

    /** CONSIST-SDK-FIELDS: every SDK entry states the fields the others state. */
    static final class Fields extends BaseRule {
        private static final Map<String, Predicate<Sdk>> FIELDS = new LinkedHashMap<>();

        static {
            FIELDS.put("functions", s -> !s.functions().isEmpty());
            FIELDS.put("collects", s -> !s.collects().isEmpty() || !s.permissions().isEmpty());
            FIELDS.put("purposeLabel", s -> s.purposeLabel() != null || !s.purposes().isEmpty());
            FIELDS.put("collectionMethods", s -> !s.collectionMethods().isEmpty());
            FIELDS.put("deidentified", s -> s.deidentified() != null);
            FIELDS.put("privacyPolicyUrl", s -> s.privacyPolicyUrl() != null);
        }

        Fields() {
            super("CONSIST-SDK-FIELDS", Severity.WARNING, RuleGroup.CONSISTENCY, Reliability.DERIVED);
        }

        @Override
        public void check(LintContext context) {
            List<Sdk> sdks = context.policy().sdks();
            for (int i = 0; i < sdks.size(); i++) {
                Sdk s = sdks.get(i);
                List<String> missing = FIELDS.entrySet().stream()
                        .filter(f -> !f.getValue().test(s) && sdks.stream().anyMatch(f.getValue()))
                        .map(Map.Entry::getKey).toList();
                if (!missing.isEmpty()) {
                    context.report(this, "/sdks/" + i, s.id().value(), s.id().value(), Facts.list(missing));
                }
            }
        }
    }

    /** CONSIST-SDK-METHOD: one SDK, one way of collecting; "by itself" and "after authorisation" contradict. */
    static final class Method extends BaseRule {
        Method() {
            super("CONSIST-SDK-METHOD", Severity.WARNING, RuleGroup.CONSISTENCY, Reliability.DERIVED);
        }

        @Override
        public void check(LintContext context) {
            List<Sdk> sdks = context.policy().sdks();
            for (int i = 0; i < sdks.size(); i++) {
                Sdk s = sdks.get(i);
                Set<CollectionMethodKind> kinds = EnumSet.noneOf(CollectionMethodKind.class);
                s.collectionMethods().forEach(m -> kinds.add(m.kind()));
                if (kinds.contains(CollectionMethodKind.AUTOMATIC) && kinds.size() > 1) {
                    context.report(this, "/sdks/" + i + "/collectionMethods", s.id().value(), s.id().value(),
                            Facts.join(s.collectionMethods().stream().map(m -> m.label()).toList()));
                }
            }
        }
    }

    /** CONSIST-DEID: "de-identified" next to direct identifiers the SDK needs in identifiable form. */
    static final class Deidentified extends BaseRule {
        private static final List<String> DIRECT = List.of("contact.phone", "identity.name", "identity.document",
                "biometric", "contact.email");

        Deidentified() {
            super("CONSIST-DEID", Severity.INFO, RuleGroup.CONSISTENCY, Reliability.DERIVED);
        }

        @Override
        public void check(LintContext context) {
            List<Sdk> sdks = context.policy().sdks();
            for (int i = 0; i < sdks.size(); i++) {
                Sdk s = sdks.get(i);
                if (!Boolean.TRUE.equals(s.deidentified())) {
                    continue;
                }
                List<CategoryKey> direct = s.categories().stream()
                        .filter(k -> Facts.withinAny(k.value(), DIRECT)).toList();
                if (!direct.isEmpty()) {
                    context.report(this, "/sdks/" + i + "/deidentified", s.id().value(), s.id().value(), Facts.list(direct));
                }
            }
        }
    }

    /** MIIT-LISTS: every row of the third-party sharing list needs a scenario (使用场景) and data. */
    static final class Lists extends BaseRule {
        Lists() {
            super("MIIT-LISTS", Severity.WARNING, RuleGroup.SDK_AND_PERMISSIONS, Reliability.SECONDARY);
        }

        @Override
        public void check(LintContext context) {
            Policy policy = context.policy();
            for (int i = 0; i < policy.sdks().size(); i++) {
                Sdk s = policy.sdks().get(i);
                boolean used = policy.activities().stream().anyMatch(a -> a.sdks().contains(s.id()));
                if (!used) {
                    context.reportVariant(this, "sdk", "/sdks/" + i, s.id().value(), s.id().value());
                }
            }
            for (int i = 0; i < policy.disclosures().size(); i++) {
                var d = policy.disclosures().get(i);
                if (d.kind() == io.github.ppm.model.DisclosureKind.SHARE && d.consent() != io.github.ppm.model.ConsentType.EXCEPTION
                        && d.activities().isEmpty() && d.data().isEmpty()) {
                    context.reportVariant(this, "share", "/disclosures/" + i, d.id().value(), d.id().value());
                }
            }
        }
    }
}
