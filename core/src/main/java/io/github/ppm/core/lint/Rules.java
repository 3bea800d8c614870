package io.github.ppm.core.lint;

import io.github.ppm.core.diag.RuleDescription;
import io.github.ppm.model.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The built-in rules, in the order of the rule index. */
public final class Rules {
    /** The version that introduced the rules of this release. */
    static final String SINCE = "0.1.0";

    private static final List<Rule> ALL = List.of(
            new Pipl13Bases(),
            new Pipl13Scope(),
            new Pipl13Text(),
            new Pipl14Consent(),
            new Pipl14Reconsent(),
            new Pipl17Notice(),
            new Pipl17Changes(),
            new Pipl17Access(),
            new GbtMaterialChanges(),
            new MetaDate(),
            new Pipl19(),
            new Pipl47(),
            new Ndsr21(),
            new Gbt63c(),
            new Pipl21(),
            new Pipl22(),
            new Pipl23(),
            new ConsentRule.ShareBundled(),
            new ConsentRule.ShareSeparate(),
            new ConsentRule.DiscloseBundled(),
            new ConsentRule.DiscloseSeparate(),
            new Pipl24.Transparency(),
            new Pipl24.Marketing(),
            new Pipl24.HumanReview(),
            new Sensitive.Purpose(),
            new Sensitive.SeparateConsent(),
            new Sensitive.Necessity(),
            new Sensitive.Face(),
            new Minors.Guardian(),
            new Minors.Discovery(),
            new CrossBorder.Mechanism(),
            new CrossBorder.Consent(),
            new Pipl15(),
            new Rights.KnowDecide(),
            new Rights.Access(),
            new Rights.Rectify(),
            new Rights.Erase(),
            new Rights.Explain(),
            new Rights.Cancel(),
            new Requests.Mechanism(),
            new Requests.Conditions(),
            new Requests.ResponseTime(),
            new Requests.Complaints(),
            new Security.Measures(),
            new Security.Officer(),
            new Security.Incident(),
            new Pipl55(),
            new SdkRules.Listed(),
            new SdkRules.Role(),
            new SdkRules.Lists(),
            new PermissionRules.Purpose(),
            new PermissionRules.Refusal(),
            new PermissionRules.NonResettable(),
            new PermissionRules.Reuse(),
            new AmlRetention(),
            new AmlInstrument(),
            new Sector.CreditQuery(),
            new Consistency.Contact(),
            new SdkRules.Fields(),
            new SdkRules.Method(),
            new SdkRules.Deidentified(),
            new PermissionRules.SdkPermissions(),
            new ConsistRetention(),
            new Consistency.Links());

    private static final Map<String, Rule> BY_ID = index();

    private Rules() {
    }

    /** Every built-in rule, grouped by topic. */
    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    public static Set<String> ids() {
        return BY_ID.keySet();
    }

    /** Every rule's title, source and tags, for SARIF output. */
    public static Map<String, RuleDescription> descriptions() {
        Map<String, RuleDescription> result = new LinkedHashMap<>();
        for (Rule rule : ALL) {
            RuleMeta m = rule.meta();
            Text source = m.source();
            Text reliability = m.reliability().label();
            result.put(m.id(), new RuleDescription(m.title(),
                    new Text(source.zh() + "（" + reliability.zh() + "）", source.en() + " (" + reliability.en() + ")"),
                    new Text(m.title().zh() + "。依据：" + source.zh() + "。规则说明：`ppm rules " + m.id() + "`",
                            m.title().en() + ". Source: " + source.en() + ". The rule's page: `ppm rules " + m.id() + "`"),
                    m.page(),
                    List.of(m.group().name().toLowerCase(java.util.Locale.ROOT), m.reliability().name().toLowerCase(java.util.Locale.ROOT))));
        }
        return result;
    }

    private static Map<String, Rule> index() {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule rule : ALL) {
            if (byId.put(rule.meta().id(), rule) != null) {
                throw new IllegalStateException("rule id used twice: " + rule.meta().id());
            }
        }
        return java.util.Collections.unmodifiableMap(byId);
    }
}
