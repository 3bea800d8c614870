package io.github.ppm.core.generate;

import io.github.ppm.core.lint.Rules;
import io.github.ppm.core.taxonomy.Taxonomy;
import io.github.ppm.model.ActivityId;
import io.github.ppm.model.Address;
import io.github.ppm.model.AutomatedDecision;
import io.github.ppm.model.CategoryDefinition;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.Cessation;
import io.github.ppm.model.ChangePolicy;
import io.github.ppm.model.Channel;
import io.github.ppm.model.ChannelKind;
import io.github.ppm.model.Clause;
import io.github.ppm.model.ClauseId;
import io.github.ppm.model.CollectionMethod;
import io.github.ppm.model.CollectionMethodKind;
import io.github.ppm.model.ConsentException;
import io.github.ppm.model.ConsentExceptionId;
import io.github.ppm.model.ConsentType;
import io.github.ppm.model.ContactId;
import io.github.ppm.model.ContactKind;
import io.github.ppm.model.ContactPoint;
import io.github.ppm.model.Controller;
import io.github.ppm.model.CookieUse;
import io.github.ppm.model.DataCollection;
import io.github.ppm.model.DataSource;
import io.github.ppm.model.DataSourceKind;
import io.github.ppm.model.Disclosure;
import io.github.ppm.model.DisclosureId;
import io.github.ppm.model.DisclosureKind;
import io.github.ppm.model.ExceptionGround;
import io.github.ppm.model.ExceptionScope;
import io.github.ppm.model.ExpiryAction;
import io.github.ppm.model.IncidentResponse;
import io.github.ppm.model.LawReference;
import io.github.ppm.model.LegalBasis;
import io.github.ppm.model.Link;
import io.github.ppm.model.MaterialChange;
import io.github.ppm.model.MaterialChangeKind;
import io.github.ppm.model.MeasureId;
import io.github.ppm.model.MeasureKey;
import io.github.ppm.model.Minors;
import io.github.ppm.model.Necessity;
import io.github.ppm.model.Party;
import io.github.ppm.model.PartyId;
import io.github.ppm.model.PartyKindKey;
import io.github.ppm.model.Permission;
import io.github.ppm.model.PermissionId;
import io.github.ppm.model.PermissionKey;
import io.github.ppm.model.PermissionVariant;
import io.github.ppm.model.Platform;
import io.github.ppm.model.Policy;
import io.github.ppm.model.PolicyId;
import io.github.ppm.model.ProcessingActivity;
import io.github.ppm.model.PurposeDefinition;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.RequestHandling;
import io.github.ppm.model.RetentionRule;
import io.github.ppm.model.RetentionRuleId;
import io.github.ppm.model.RetentionTrigger;
import io.github.ppm.model.Right;
import io.github.ppm.model.RightId;
import io.github.ppm.model.RightKind;
import io.github.ppm.model.Sdk;
import io.github.ppm.model.SdkId;
import io.github.ppm.model.SdkRole;
import io.github.ppm.model.Section;
import io.github.ppm.model.SecurityMeasure;
import io.github.ppm.model.SourceDocument;
import io.github.ppm.model.StorageLocation;
import io.github.ppm.model.Suppression;
import io.github.ppm.model.Text;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Makes random policies that pass {@code PolicyValidator} with no errors: unique ids, references
 * that resolve, keys from the built-in taxonomy (plus a policy-defined category and purpose),
 * well-formed sections, periods, dates and URLs. Texts mix Chinese, English and, when asked,
 * hostile-but-valid values. Deterministic: the same options give an equal policy every time.
 */
public final class PolicyGenerator {
    /** Values every text-handling layer must carry through unchanged. */
    private static final List<String> HOSTILE = List.of(
            "\"双引号\" 'single' “弯引号”",
            "<script>alert(1)</script>",
            "=cmd|' /C calc'!A0",
            "@SUM(1+1)",
            "第一行\n第二行\t制表",
            "emoji 🙂🚀 and 𠀀 (outside the BMP)",
            "- not: [a, list] # nor a comment",
            "null",
            "true",
            "  leading and trailing spaces  ",
            "back\\slash and ${braces} and %s",
            "长".repeat(300));
    private static final List<String> ZH_WORDS = List.of(
            "注册", "登录", "身份验证", "借款", "还款", "风控", "客服", "营销", "推送", "定位", "人脸识别", "银行卡",
            "设备信息", "征信查询", "反欺诈", "数据分析");
    private static final List<String> EN_WORDS = List.of(
            "registration", "login", "identity check", "loan", "repayment", "risk control", "customer service",
            "marketing", "push", "location", "face verification", "bank card", "device data", "credit query",
            "anti-fraud", "analytics");
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final List<String> REGIONS = List.of("CN", "CN-SH", "CN-BJ", "CN-GD", "CN-SX", "HK", "SG", "US");

    private final Random random;
    private final GeneratorOptions options;
    private final Taxonomy taxonomy = Taxonomy.builtIn();
    private final List<String> categoryKeys;
    private final List<String> purposeKeys;
    private final List<String> permissionKeys;
    private final List<String> partyKindKeys;
    private final List<String> measureKeys;
    private int counter;

    private PolicyGenerator(GeneratorOptions options) {
        this.options = options;
        this.random = new Random(options.seed());
        this.categoryKeys = List.copyOf(taxonomy.categories().keys());
        this.purposeKeys = List.copyOf(taxonomy.purposes().keys());
        this.permissionKeys = List.copyOf(taxonomy.permissions().keys());
        this.partyKindKeys = List.copyOf(taxonomy.partyKinds().keys());
        this.measureKeys = List.copyOf(taxonomy.measures().keys());
    }

    /** One policy. */
    public static Policy generate(GeneratorOptions options) {
        return new PolicyGenerator(options).policy();
    }

    /** {@code count} policies, from seeds {@code seed}, {@code seed + 1}, ... */
    public static List<Policy> generate(GeneratorOptions options, int count) {
        List<Policy> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(generate(options.withSeed(options.seed() + i)));
        }
        return result;
    }

    private Policy policy() {
        List<ContactPoint> contacts = list(1, 3, this::contact);
        List<ContactId> contactIds = contacts.stream().map(ContactPoint::id).toList();
        Controller controller = new Controller(text().zh(), text(), maybe(this::address), maybe(this::address),
                contacts, maybe(() -> pick(contactIds)), section());

        String localCategory = pick(categoryKeys) + ".generated-" + random.nextInt(1000);
        String localPurpose = pick(purposeKeys) + ".generated-" + random.nextInt(1000);
        List<CategoryDefinition> categories = random.nextBoolean() ? List.of()
                : List.of(new CategoryDefinition(new CategoryKey(localCategory), text(), true, text(), section()));
        List<PurposeDefinition> purposes = random.nextBoolean() ? List.of()
                : List.of(new PurposeDefinition(new PurposeKey(localPurpose), text(), section()));
        List<String> categoryPool = new ArrayList<>(categoryKeys);
        categories.forEach(c -> categoryPool.add(c.key().value()));
        List<String> purposePool = new ArrayList<>(purposeKeys);
        purposes.forEach(p -> purposePool.add(p.key().value()));

        List<Party> parties = new ArrayList<>();
        int partyCount = 1 + random.nextInt(Math.max(1, options.parties()));
        for (int i = 0; i < partyCount; i++) {
            parties.add(party());
        }
        List<PartyId> partyIds = parties.stream().map(Party::id).toList();

        List<Permission> permissions = list(0, 4, () -> permission(categoryPool, purposePool));
        List<PermissionId> permissionIds = permissions.stream().map(Permission::id).toList();

        List<Sdk> sdks = list(0, options.sdks(), () -> sdk(partyIds, categoryPool, purposePool));
        List<SdkId> sdkIds = sdks.stream().map(Sdk::id).toList();

        List<ProcessingActivity> activities = new ArrayList<>();
        int activityCount = 1 + random.nextInt(Math.max(1, options.activities()));
        for (int i = 0; i < activityCount; i++) {
            List<ActivityId> earlier = activities.stream().map(ProcessingActivity::id).toList();
            activities.add(activity(earlier, partyIds, permissionIds, sdkIds, contactIds, categoryPool, purposePool));
        }
        List<ActivityId> activityIds = activities.stream().map(ProcessingActivity::id).toList();

        List<Disclosure> disclosures = list(0, options.disclosures(), () -> new Disclosure(
                new DisclosureId(id("disclosure")), pick(DisclosureKind.values()), text(),
                some(partyIds, 0, 3), keys(categoryPool, CategoryKey::new, 0, 4),
                keys(purposePool, PurposeKey::new, 0, 3), some(activityIds, 0, 2), maybe(this::text),
                maybe(() -> pick(ConsentType.values())), section()));

        List<ConsentException> exceptions = list(0, 4, () -> new ConsentException(
                new ConsentExceptionId(id("exception")), pick(ExceptionScope.values()),
                pick(ExceptionGround.values()), text(), maybe(this::text), section()));

        List<RetentionRule> retention = new ArrayList<>();
        int retentionCount = random.nextInt(options.retention() + 1);
        for (int i = 0; i < retentionCount; i++) {
            List<RetentionRuleId> earlier = retention.stream().map(RetentionRule::id).toList();
            retention.add(retention(earlier, partyIds, categoryPool, purposePool));
        }

        List<Right> rights = list(0, 5, () -> new Right(new RightId(id("right")), pick(RightKind.values()), text(),
                list(0, 3, () -> new Channel(pick(ChannelKind.values()), maybe(this::plain),
                        maybe(() -> pick(contactIds)), maybe(this::text))),
                list(0, 2, this::text), maybe(this::period), section()));

        return new Policy(
                // The seed in the id keeps generated policies apart in one store.
                new PolicyId(id("policy") + "-s" + Long.toUnsignedString(options.seed())),
                maybe(() -> random.nextInt(10) + "." + random.nextInt(10)),
                maybe(this::date),
                maybe(this::date),
                random.nextBoolean() ? List.of("zh") : List.of("zh-CN", "en"),
                pick(List.of("CN", "HK", "SG")),
                new SourceDocument(text(), maybe(this::url), maybe(this::sha256)),
                controller,
                categories,
                purposes,
                parties,
                activities,
                permissions,
                sdks,
                disclosures,
                exceptions,
                list(0, 3, () -> new StorageLocation(pick(REGIONS), random.nextBoolean(), text(), section())),
                retention,
                list(0, 4, () -> new SecurityMeasure(new MeasureId(id("measure")),
                        new MeasureKey(pick(measureKeys)), text(), section())),
                maybe(() -> new IncidentResponse(list(0, 2, this::text), list(0, 2, this::text),
                        random.nextBoolean(), section())),
                rights,
                maybe(() -> new RequestHandling(random.nextBoolean(), maybe(this::text), list(0, 2, this::text),
                        maybe(this::period), section())),
                maybe(() -> new Cessation(list(0, 2, this::text), random.nextBoolean(),
                        maybe(() -> pick(ExpiryAction.values())), section())),
                list(0, 2, () -> new CookieUse(text(), keys(categoryPool, CategoryKey::new, 0, 2),
                        keys(purposePool, PurposeKey::new, 0, 2), maybe(this::text), section())),
                maybe(() -> new Minors(maybe(() -> random.nextInt(31)), maybe(() -> random.nextInt(31)),
                        maybe(this::text), maybe(this::text), section())),
                maybe(() -> new ChangePolicy(list(0, 3, () -> new MaterialChange(pick(MaterialChangeKind.values()),
                        text(), section())), list(0, 2, this::text), random.nextBoolean(),
                        maybe(() -> pick(contactIds)), section())),
                list(0, 3, () -> new Clause(new ClauseId(id("clause")), text(), section())),
                list(0, 3, () -> new Link(url(), maybe(() -> pick(partyIds)), maybe(this::text), section())),
                list(0, 2, () -> new Suppression(pick(RULE_IDS), null, "generated suppression " + plain())));
    }

    /** Suppressions name real rules, so that a generated policy lints without unknown-rule errors. */
    private static final String[] RULE_IDS = Rules.ids().toArray(String[]::new);

    private ContactPoint contact() {
        ContactKind kind = pick(ContactKind.values());
        return new ContactPoint(new ContactId(id("contact")), kind, plain(), plain(), maybe(this::text), section());
    }

    private Address address() {
        return new Address(plain(), maybe(this::plain), maybe(() -> pick(REGIONS)), section());
    }

    private Party party() {
        return new Party(new PartyId(id("party")), new PartyKindKey(pick(partyKindKeys)), text(),
                maybe(this::plain), maybe(this::url), section());
    }

    private Permission permission(List<String> categories, List<String> purposes) {
        return new Permission(new PermissionId(id("permission")), new PermissionKey(pick(permissionKeys)), text(),
                some(List.of(Platform.values()), 0, 2),
                list(0, 2, () -> new PermissionVariant(pick(Platform.values()), new PermissionKey(pick(permissionKeys)),
                        text())),
                keys(categories, CategoryKey::new, 0, 3), keys(purposes, PurposeKey::new, 0, 2), maybe(this::text),
                section());
    }

    private Sdk sdk(List<PartyId> parties, List<String> categories, List<String> purposes) {
        return new Sdk(new SdkId(id("sdk")), text(), pick(parties), list(0, 2, this::text),
                list(1, 3, () -> collection(categories, purposes)),
                keys(permissionKeys, PermissionKey::new, 0, 3), keys(purposes, PurposeKey::new, 1, 3),
                maybe(this::text),
                list(0, 2, () -> new CollectionMethod(pick(CollectionMethodKind.values()), text())),
                maybe(random::nextBoolean), maybe(this::text), url(), maybe(() -> pick(SdkRole.values())),
                some(List.of(Platform.values()), 0, 2), section());
    }

    private ProcessingActivity activity(List<ActivityId> earlier, List<PartyId> parties, List<PermissionId> permissions,
            List<SdkId> sdks, List<ContactId> contacts, List<String> categories, List<String> purposes) {
        return new ProcessingActivity(new ActivityId(id("activity")), text(),
                earlier.isEmpty() || random.nextInt(3) > 0 ? null : pick(earlier),
                list(1, 3, () -> collection(categories, purposes)),
                keys(purposes, PurposeKey::new, 1, 4),
                some(List.of(LegalBasis.values()), 0, 3),
                list(0, 2, () -> new DataSource(pick(DataSourceKind.values()), some(parties, 0, 2), maybe(this::text))),
                some(earlier, 0, 2),
                some(permissions, 0, 2),
                some(sdks, 0, 2),
                maybe(this::text),
                random.nextInt(4) > 0 ? null : new AutomatedDecision(text(), keys(purposes, PurposeKey::new, 0, 2),
                        list(0, 2, this::text), list(0, 2, this::text), keys(categories, CategoryKey::new, 0, 3),
                        maybe(() -> pick(contacts)), section()),
                section());
    }

    private DataCollection collection(List<String> categories, List<String> purposes) {
        return new DataCollection(keys(categories, CategoryKey::new, 1, 4), maybe(this::text),
                maybe(() -> pick(Necessity.values())), keys(purposes, PurposeKey::new, 0, 2), maybe(this::section));
    }

    private RetentionRule retention(List<RetentionRuleId> earlier, List<PartyId> parties, List<String> categories,
            List<String> purposes) {
        Period minimum = maybe(this::period);
        Period maximum = maybe(this::period);
        List<Text> criteria = list(minimum == null && maximum == null ? 1 : 0, 2, this::text);
        return new RetentionRule(new RetentionRuleId(id("retention")), text(), keys(categories, CategoryKey::new, 0, 4),
                keys(purposes, PurposeKey::new, 0, 2), minimum, maximum, criteria,
                some(List.of(RetentionTrigger.values()), 0, 2), maybe(() -> pick(ExpiryAction.values())),
                list(0, 2, () -> new LawReference(plain(), maybe(this::plain))),
                earlier.isEmpty() ? null : maybe(() -> pick(earlier)), maybe(() -> pick(parties)), section());
    }

    // ---- values

    private Text text() {
        int i = random.nextInt(ZH_WORDS.size());
        String zh = ZH_WORDS.get(i);
        String en = EN_WORDS.get(i);
        if (options.hostile() && random.nextInt(4) == 0) {
            zh = zh + " " + pick(HOSTILE);
            en = pick(HOSTILE) + " " + en;
        }
        return new Text(zh + " " + counter, en + " " + counter++);
    }

    private String plain() {
        return options.hostile() && random.nextInt(5) == 0 ? pick(HOSTILE) : pick(EN_WORDS) + " " + counter++;
    }

    private String id(String prefix) {
        return prefix + "-" + counter++;
    }

    private Section section() {
        StringBuilder s = new StringBuilder(pick(NUMERALS));
        if (random.nextBoolean()) {
            s.append(".(").append(pick(NUMERALS)).append(')');
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            s.append('.').append(1 + random.nextInt(12));
        }
        return random.nextInt(20) == 0 ? new Section("前言") : new Section(s.toString());
    }

    private Period period() {
        return switch (random.nextInt(3)) {
            case 0 -> Period.ofYears(1 + random.nextInt(10));
            case 1 -> Period.ofMonths(1 + random.nextInt(36));
            default -> Period.of(random.nextInt(5), random.nextInt(12), 1 + random.nextInt(30));
        };
    }

    private LocalDate date() {
        return LocalDate.of(2018 + random.nextInt(8), 1, 1).plusDays(random.nextInt(365));
    }

    private String url() {
        String path = options.hostile() && random.nextBoolean() ? "/p?a=1&b=\"x\"#frag" : "/privacy";
        return (random.nextBoolean() ? "https" : "http") + "://example" + random.nextInt(100) + ".com" + path;
    }

    private String sha256() {
        StringBuilder s = new StringBuilder(64);
        for (int i = 0; i < 64; i++) {
            s.append(Character.forDigit(random.nextInt(16), 16));
        }
        return s.toString();
    }

    private <T> T maybe(Supplier<T> value) {
        return random.nextBoolean() ? value.get() : null;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private <T> List<T> list(int min, int max, Supplier<T> item) {
        int n = max <= min ? min : min + random.nextInt(max - min + 1);
        List<T> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            result.add(item.get());
        }
        return result;
    }

    /** Distinct values from {@code pool}, in random order. */
    private <T> List<T> some(List<T> pool, int min, int max) {
        if (pool.isEmpty()) {
            return List.of();
        }
        int n = Math.min(pool.size(), min + random.nextInt(Math.max(1, max - min + 1)));
        Set<T> result = new LinkedHashSet<>();
        while (result.size() < n) {
            result.add(pick(pool));
        }
        return List.copyOf(result);
    }

    private <K> List<K> keys(List<String> pool, java.util.function.Function<String, K> make, int min, int max) {
        return some(pool, min, max).stream().map(make).toList();
    }
}
