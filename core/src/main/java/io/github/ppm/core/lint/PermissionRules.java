package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.index.DataGroup;
import io.github.ppm.core.taxonomy.TaxonomyEntry;
import io.github.ppm.core.taxonomy.Vocabulary;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.Permission;
import io.github.ppm.model.PermissionKey;
import io.github.ppm.model.Policy;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.Sdk;
import io.github.ppm.model.TaxonomyKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Rules on system permissions (系统权限): TC260-PG-20204A, the 2019 determination method, and consistency with SDKs. */
final class PermissionRules {
    private PermissionRules() {
    }

    /** The permission keys the app declares, variants included. */
    static Set<String> declared(Policy policy) {
        Set<String> keys = new LinkedHashSet<>();
        for (Permission p : policy.permissions()) {
            keys.add(p.key().value());
            p.variants().forEach(v -> keys.add(v.key().value()));
        }
        return keys;
    }

    static boolean covers(Set<String> declared, String key) {
        return declared.stream().anyMatch(d -> TaxonomyKey.isWithin(key, d) || TaxonomyKey.isWithin(d, key));
    }

    /** AM-2.3: the purpose of each permission is told. */
    static final class Purpose extends BaseRule {
        Purpose() {
            super("AM-2.3", Severity.INFO, RuleGroup.SDK_AND_PERMISSIONS, Reliability.VERBATIM);
        }

        @Override
        public void check(LintContext context) {
            List<Permission> permissions = context.policy().permissions();
            for (int i = 0; i < permissions.size(); i++) {
                if (permissions.get(i).purposes().isEmpty()) {
                    context.report(this, "/permissions/" + i, permissions.get(i).id().value(), permissions.get(i).id().value());
                }
            }
        }
    }

    /**
     * TC260-PERM-3e: refusing a permission must only cost its own feature; each permission says what
     * refusing costs, unless one general statement says refusal affects only the feature concerned.
     */
    static final class Refusal extends BaseRule {
        private static final Pattern GENERAL = Pattern.compile("(拒绝|不授权).{0,20}(仅影响|只影响|不影响.{0,10}其他)");

        Refusal() {
            super("TC260-PERM-3e", Severity.WARNING, RuleGroup.SDK_AND_PERMISSIONS, Reliability.MACHINE_TRANSLATION);
        }

        @Override
        public void check(LintContext context) {
            if (context.anyTextMatches(GENERAL.pattern())) {
                return;
            }
            List<Permission> permissions = context.policy().permissions();
            for (int i = 0; i < permissions.size(); i++) {
                if (permissions.get(i).refusal() == null) {
                    context.report(this, "/permissions/" + i, permissions.get(i).id().value(), permissions.get(i).id().value());
                }
            }
        }
    }

    /**
     * TC260-PERM-3gh: non-resettable device identifiers (IMEI, MEID, IMSI, ICCID, serial number, MAC)
     * only for security and risk control; push, analytics and advertising must use resettable ids.
     */
    static final class NonResettable extends BaseRule {
        static final List<String> IDS = List.of("device.identifier.imei", "device.identifier.meid",
                "device.identifier.imsi", "device.identifier.iccid", "device.identifier.serial-number",
                "device.identifier.mac");
        static final List<String> SECURITY = List.of("security", "fraud", "aml", "identity", "credit",
                "legal-compliance");

        NonResettable() {
            super("TC260-PERM-3gh", Severity.WARNING, RuleGroup.SDK_AND_PERMISSIONS, Reliability.MACHINE_TRANSLATION);
        }

        @Override
        public void check(LintContext context) {
            Policy policy = context.policy();
            for (Facts.Collector c : Facts.collectors(context)) {
                for (DataGroup g : c.groups()) {
                    if (report(context, c.pointer(), c.id(), g.categories(), g.purposes())) {
                        break;
                    }
                }
            }
            for (int i = 0; i < policy.permissions().size(); i++) {
                Permission p = policy.permissions().get(i);
                report(context, "/permissions/" + i, p.id().value(), p.data(), p.purposes());
            }
        }

        private boolean report(LintContext context, String at, String id, List<CategoryKey> data, List<PurposeKey> purposes) {
            List<CategoryKey> ids = data.stream().filter(k -> Facts.withinAny(k.value(), IDS)).toList();
            List<PurposeKey> other = purposes.stream().filter(p -> !Facts.withinAny(p.value(), SECURITY)).toList();
            if (ids.isEmpty() || other.isEmpty()) {
                return false;
            }
            context.report(this, at, id, id, Facts.list(ids), Facts.list(other));
            return true;
        }
    }

    /**
     * TC260-PERM-48H: a granted permission must not be reused silently for other services, and a
     * refused one not asked for again and again; the policy must not promise either.
     */
    static final class Reuse extends BaseRule {
        private static final Pattern REUSE = Pattern.compile("默认获取|已(同意|授权|授予).{0,10}不再.{0,4}请求|不会再次请求调用");

        Reuse() {
            super("TC260-PERM-48H", Severity.WARNING, RuleGroup.SDK_AND_PERMISSIONS, Reliability.MACHINE_TRANSLATION);
        }

        @Override
        public void check(LintContext context) {
            for (TextAt t : context.texts()) {
                if (REUSE.matcher(t.zh()).find()) {
                    String owner = t.owner(context);
                    context.report(this, t.pointer(), owner, owner == null ? "/" : owner);
                }
            }
        }
    }

    /**
     * CONSIST-PERMS: what an SDK asks for must be in the app's permission list: its permissions,
     * and data that only a permission the app does not declare can reach.
     */
    static final class SdkPermissions extends BaseRule {
        SdkPermissions() {
            super("CONSIST-PERMS", Severity.WARNING, RuleGroup.CONSISTENCY, Reliability.DERIVED);
        }

        @Override
        public void check(LintContext context) {
            Policy policy = context.policy();
            Set<String> declared = declared(policy);
            Vocabulary permissions = context.taxonomy().permissions();
            List<CategoryKey> appCollects = policy.activities().stream().flatMap(a -> a.categories().stream()).toList();
            for (int i = 0; i < policy.sdks().size(); i++) {
                Sdk s = policy.sdks().get(i);
                List<String> missing = new ArrayList<>();
                for (PermissionKey k : s.permissions()) {
                    if (!covers(declared, k.value())) {
                        missing.add(k.value());
                    }
                }
                for (CategoryKey c : s.categories()) {
                    List<String> reaching = permissions.entries().stream()
                            .filter(e -> e.reaches().contains(c.value())).map(TaxonomyEntry::key).toList();
                    boolean listed = appCollects.contains(c);
                    if (!listed && !reaching.isEmpty() && reaching.stream().noneMatch(r -> covers(declared, r))
                            && s.permissions().stream().noneMatch(p -> reaching.contains(p.value()))) {
                        missing.add(reaching.get(0) + " (" + c.value() + ")");
                    }
                }
                if (!missing.isEmpty()) {
                    context.report(this, "/sdks/" + i, s.id().value(), s.id().value(), Facts.list(missing));
                }
            }
        }
    }
}
