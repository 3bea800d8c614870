package io.github.ppm.core.disclosure;

import io.github.ppm.core.index.DataGroup;
import io.github.ppm.core.index.PolicyIndex;
import io.github.ppm.core.index.Receipt;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.Channel;
import io.github.ppm.model.CollectionMethod;
import io.github.ppm.model.DataCollection;
import io.github.ppm.model.DataSource;
import io.github.ppm.model.Disclosure;
import io.github.ppm.model.Identifier;
import io.github.ppm.model.LawReference;
import io.github.ppm.model.Necessity;
import io.github.ppm.model.Party;
import io.github.ppm.model.PartyId;
import io.github.ppm.model.Permission;
import io.github.ppm.model.PermissionKey;
import io.github.ppm.model.PermissionVariant;
import io.github.ppm.model.Platform;
import io.github.ppm.model.Policy;
import io.github.ppm.model.ProcessingActivity;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.RetentionRule;
import io.github.ppm.model.Right;
import io.github.ppm.model.Sdk;
import io.github.ppm.model.Section;
import io.github.ppm.model.TaxonomyKey;
import io.github.ppm.model.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Builds each kind of table from a policy; every row records the JSON pointer of its source object. */
final class TableBuilder {
    private final Policy policy;
    private final PolicyIndex index;
    private final Names names;

    TableBuilder(ValidatedPolicy valid) {
        this.policy = valid.policy();
        this.index = valid.index();
        this.names = new Names(policy, valid.taxonomy());
    }

    Table build(TableKind kind) {
        List<Column> columns = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        switch (kind) {
            case COLLECTION -> collection(columns, rows);
            case SHARING -> sharing(columns, rows);
            case SDKS -> sdks(columns, rows);
            case PERMISSIONS -> permissions(columns, rows);
            case RETENTION -> retention(columns, rows);
            case RIGHTS -> rights(columns, rows);
            case SCENARIOS -> scenarios(columns, rows);
            default -> throw new IllegalArgumentException("unknown table " + kind);
        }
        return new Table(kind, Labels.of("table." + kind.id()), subject(), policy.id().value(), columns, rows);
    }

    /** 晋商消费金融股份有限公司 · 《隐私政策》 — who the table is about and which document it rests on. */
    private Text subject() {
        String controller = policy.controller().legalName();
        Text title = policy.document().title();
        return new Text(controller + " · " + title.zh(), controller + " · " + title.en());
    }

    private static void columns(List<Column> columns, String... ids) {
        for (String id : ids) {
            columns.add(new Column(id, Labels.of("column." + id), id.equals("link")));
        }
    }

    // 个人信息收集清单: category, items, purpose, scenario, required or optional — per data group.
    private void collection(List<Column> columns, List<Row> rows) {
        columns(columns, "category", "items", "purposes", "scenario", "necessity", "sensitive", "section");
        for (int i = 0; i < policy.activities().size(); i++) {
            ProcessingActivity activity = policy.activities().get(i);
            for (DataGroup group : index.groupsOf(activity.id())) {
                Necessity necessity = group.collection().necessity();
                List<CategoryKey> sensitive = index.sensitiveOf(group.categories());
                rows.add(new Row(group.pointer(), List.of(
                        topCategories(group.categories()),
                        categories(group.categories()),
                        purposes(group.purposes()),
                        new Cell(activity.label(), List.of(activity.id().value())),
                        necessity == null ? notStated() : new Cell(Labels.of(necessity), List.of(necessity.name())),
                        new Cell(Labels.of(sensitive.isEmpty() ? "value.no" : "value.yes"), keys(sensitive)),
                        section(group.section()))));
            }
        }
    }

    // 第三方信息共享清单: recipient or SDK, provider, data, purpose, scenario, method, link.
    private void sharing(List<Column> columns, List<Row> rows) {
        columns(columns, "recipient", "provider", "data", "purposes", "scenario", "method", "link", "section");
        for (int i = 0; i < policy.sdks().size(); i++) {
            Sdk sdk = policy.sdks().get(i);
            rows.add(new Row("/sdks/" + i, List.of(
                    new Cell(sdk.label(), List.of(sdk.id().value())),
                    new Cell(names.partyName(sdk.provider()), List.of(sdk.provider().value())),
                    received(index.receivedBy(sdk.id())),
                    sdk.purposes().isEmpty() && sdk.purposeLabel() != null ? Cell.of(sdk.purposeLabel())
                            : purposes(sdk.purposes()),
                    orNotStated(scenariosUsing(a -> a.sdks().contains(sdk.id()))),
                    sdk.collectionMethods().isEmpty() ? Cell.of(Labels.of("value.embedded-sdk"))
                            : new Cell(Names.join(sdk.collectionMethods().stream().map(CollectionMethod::label).toList()),
                                    sdk.collectionMethods().stream().map(m -> m.kind().name()).toList()),
                    links(sdk.privacyPolicyUrl() == null ? List.of() : List.of(sdk.privacyPolicyUrl())),
                    section(sdk.source()))));
        }
        for (int i = 0; i < policy.disclosures().size(); i++) {
            Disclosure d = policy.disclosures().get(i);
            List<String> urls = d.recipients().stream().flatMap(id -> names.partyOf(id).stream())
                    .map(Party::url).filter(u -> u != null).distinct().toList();
            List<PartyId> named = d.recipients().stream()
                    .filter(id -> names.partyOf(id).map(p -> p.legalName() != null).orElse(false)).toList();
            rows.add(new Row("/disclosures/" + i, List.of(
                    d.recipients().isEmpty() ? Cell.of(d.label())
                            : new Cell(Names.join(d.recipients().stream().map(names::party).toList()), ids(d.recipients())),
                    new Cell(Names.join(named.stream().map(names::partyName).toList()), ids(named)),
                    orNotStated(categories(index.carriage(d.id()).categories())),
                    purposes(d.purposes()),
                    orNotStated(new Cell(Names.join(d.activities().stream().map(names::activity).toList()),
                            ids(d.activities()))),
                    new Cell(Labels.of(d.kind()), List.of(d.kind().name())),
                    links(urls),
                    section(d.source()))));
        }
    }

    // The SDK list in the shape policies print it (第三方SDK目录).
    private void sdks(List<Column> columns, List<Row> rows) {
        columns(columns, "sdk", "sdk-provider", "functions", "sdk-data", "permissions", "purposes",
                "collection-methods", "deidentified", "link", "section");
        for (int i = 0; i < policy.sdks().size(); i++) {
            Sdk sdk = policy.sdks().get(i);
            Text deidentified = sdk.deidentification() != null ? sdk.deidentification()
                    : sdk.deidentified() == null ? Names.EMPTY
                    : Labels.of(sdk.deidentified() ? "value.yes" : "value.no");
            rows.add(new Row("/sdks/" + i, List.of(
                    new Cell(sdk.label(), List.of(sdk.id().value())),
                    new Cell(names.partyName(sdk.provider()), List.of(sdk.provider().value())),
                    Cell.of(Names.join(sdk.functions())),
                    categories(sdk.categories()),
                    new Cell(Names.join(sdk.permissions().stream().map(names::permission).toList()), keys(sdk.permissions())),
                    sdk.purposeLabel() != null ? new Cell(sdk.purposeLabel(), keys(sdk.purposes())) : purposes(sdk.purposes()),
                    new Cell(Names.join(sdk.collectionMethods().stream().map(CollectionMethod::label).toList()),
                            sdk.collectionMethods().stream().map(m -> m.kind().name()).toList()),
                    Cell.of(deidentified),
                    links(sdk.privacyPolicyUrl() == null ? List.of() : List.of(sdk.privacyPolicyUrl())),
                    section(sdk.source()))));
        }
    }

    private void permissions(List<Column> columns, List<Row> rows) {
        columns(columns, "permission", "platforms", "system-names", "permission-data", "purposes", "scenario",
                "refusal", "section");
        for (int i = 0; i < policy.permissions().size(); i++) {
            Permission p = policy.permissions().get(i);
            Text label = names.permission(p.key());
            List<String> permissionKeys = new ArrayList<>(List.of(p.key().value()));
            for (PermissionVariant variant : p.variants()) {
                label = Labels.of("value.variant", label, Labels.of(variant.platform()), variant.label());
                permissionKeys.add(variant.key().value());
            }
            rows.add(new Row("/permissions/" + i, List.of(
                    new Cell(label, permissionKeys),
                    p.platforms().isEmpty() ? Cell.of(Labels.of("value.all-platforms"))
                            : new Cell(Names.join(p.platforms().stream().map(Labels::of).toList()), names(p.platforms())),
                    systemNames(p),
                    categories(p.data()),
                    purposes(p.purposes()),
                    orNotStated(scenariosUsing(a -> a.permissions().contains(p.id()))),
                    text(p.refusal()),
                    section(p.source()))));
        }
    }

    /** The Android manifest names and iOS Info.plist keys of the permission on the platforms it is asked on. */
    private Cell systemNames(Permission p) {
        Set<String> result = new LinkedHashSet<>();
        boolean all = p.platforms().isEmpty();
        names.permissionEntry(p.key()).ifPresent(entry -> {
            if (all || p.platforms().contains(Platform.ANDROID)) {
                result.addAll(entry.android());
            }
            if (all || p.platforms().contains(Platform.IOS)) {
                result.addAll(entry.ios());
            }
        });
        for (PermissionVariant variant : p.variants()) {
            names.permissionEntry(variant.key()).map(e -> variant.platform() == Platform.IOS ? e.ios()
                    : variant.platform() == Platform.ANDROID ? e.android() : List.<String>of())
                    .ifPresent(result::addAll);
        }
        List<String> list = List.copyOf(result);
        return new Cell(Names.same(String.join(", ", list)), list);
    }

    private void retention(List<Column> columns, List<Row> rows) {
        columns(columns, "rule", "retention-data", "retention-purposes", "period", "criteria", "triggers", "action",
                "laws", "holder", "section");
        for (int i = 0; i < policy.retention().size(); i++) {
            RetentionRule r = policy.retention().get(i);
            List<Text> period = new ArrayList<>();
            if (r.minimum() != null) {
                period.add(Labels.of("value.at-least", Names.period(r.minimum())));
            }
            if (r.maximum() != null) {
                period.add(Labels.of("value.at-most", Names.period(r.maximum())));
            }
            List<Text> laws = r.laws().stream().map(TableBuilder::law).toList();
            rows.add(new Row("/retention/" + i, List.of(
                    new Cell(r.label(), List.of(r.id().value())),
                    r.data().isEmpty() ? Cell.of(Labels.of("value.all-data")) : categories(r.data()),
                    purposes(r.purposes()),
                    Cell.of(Names.sentences(period)),
                    Cell.of(Names.sentences(r.criteria())),
                    new Cell(Names.join(r.triggers().stream().map(Labels::of).toList()), names(r.triggers())),
                    r.action() == null ? Cell.of(Names.EMPTY) : new Cell(Labels.of(r.action()), List.of(r.action().name())),
                    Cell.of(Names.sentences(laws)),
                    r.holder() == null ? Cell.of(Names.EMPTY)
                            : new Cell(names.partyName(r.holder()), List.of(r.holder().value())),
                    section(r.source()))));
        }
    }

    private static Text law(LawReference law) {
        return Names.same(law.title() + (law.article() == null ? "" : law.article()));
    }

    private void rights(List<Column> columns, List<Row> rows) {
        columns(columns, "right", "article", "channels", "conditions", "time-limit", "section");
        for (int i = 0; i < policy.rights().size(); i++) {
            Right right = policy.rights().get(i);
            int article = Integer.parseInt(right.kind().article());
            Text articleText = new Text(Labels.of("value.pipl-article", Names.chineseNumber(article)).zh(),
                    Labels.of("value.pipl-article", article).en());
            rows.add(new Row("/rights/" + i, List.of(
                    new Cell(Labels.of(right.kind()), List.of(right.kind().name())),
                    new Cell(articleText, List.of(right.kind().article())),
                    new Cell(Names.sentences(right.channels().stream().map(this::channel).toList()),
                            right.channels().stream().map(c -> c.kind().name()).toList()),
                    Cell.of(Names.sentences(right.conditions())),
                    right.timeLimit() == null ? Cell.of(Names.EMPTY)
                            : new Cell(Names.period(right.timeLimit()), List.of(right.timeLimit().toString())),
                    section(right.source()))));
        }
    }

    /** 客服热线：9510-5520 — the channel's kind, then where: its own value or its contact point as written. */
    private Text channel(Channel channel) {
        String where = channel.value();
        if (where == null && channel.contact() != null) {
            where = names.contact(channel.contact().value()).map(c -> c.raw()).orElse(channel.contact().value());
        }
        Text kind = channel.label() != null ? channel.label() : Labels.of(channel.kind());
        if (where == null) {
            return kind;
        }
        Text separator = Labels.of("value.label-separator");
        return new Text(kind.zh() + separator.zh() + where, kind.en() + separator.en() + where);
    }

    private void scenarios(List<Column> columns, List<Row> rows) {
        columns(columns, "scenario", "parent", "scenario-data", "collects-from", "purposes", "legal-bases", "sources",
                "permissions", "sdks", "refusal", "automated-decision", "section");
        Map<String, Permission> permissionsById = new HashMap<>();
        policy.permissions().forEach(p -> permissionsById.putIfAbsent(p.id().value(), p));
        Map<String, Sdk> sdksById = new HashMap<>();
        policy.sdks().forEach(s -> sdksById.putIfAbsent(s.id().value(), s));
        for (int i = 0; i < policy.activities().size(); i++) {
            ProcessingActivity a = policy.activities().get(i);
            List<Text> data = new ArrayList<>();
            Set<String> dataKeys = new LinkedHashSet<>();
            for (DataCollection group : a.collects()) {
                for (CategoryKey key : group.categories()) {
                    if (dataKeys.add(key.value())) {
                        Text label = names.category(key);
                        data.add(group.necessity() == Necessity.OPTIONAL
                                ? Labels.of("value.with-optional", label) : label);
                    }
                }
            }
            rows.add(new Row("/activities/" + i, List.of(
                    new Cell(a.label(), List.of(a.id().value())),
                    a.parent() == null ? Cell.of(Names.EMPTY)
                            : new Cell(names.activity(a.parent()), List.of(a.parent().value())),
                    new Cell(Names.join(data), List.copyOf(dataKeys)),
                    new Cell(Names.join(a.collectsFrom().stream().map(names::activity).toList()), ids(a.collectsFrom())),
                    purposes(a.purposes()),
                    new Cell(Names.join(a.legalBases().stream().map(Labels::of).toList()), names(a.legalBases())),
                    sources(a.sources()),
                    new Cell(Names.join(a.permissions().stream().map(id -> permissionsById.containsKey(id.value())
                            ? names.permission(permissionsById.get(id.value()).key()) : Names.same(id.value())).toList()),
                            ids(a.permissions())),
                    new Cell(Names.join(a.sdks().stream().map(id -> sdksById.containsKey(id.value())
                            ? sdksById.get(id.value()).label() : Names.same(id.value())).toList()), ids(a.sdks())),
                    text(a.refusal()),
                    a.automatedDecision() == null ? Cell.of(Names.EMPTY) : Cell.of(a.automatedDecision().label()),
                    section(a.source()))));
        }
    }

    private Cell sources(List<DataSource> sources) {
        List<Text> texts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (DataSource source : sources) {
            Text kind = source.label() != null ? source.label() : Labels.of(source.kind());
            keys.add(source.kind().name());
            if (source.parties().isEmpty()) {
                texts.add(kind);
            } else {
                texts.add(Labels.of("value.source-parties", kind,
                        Names.join(source.parties().stream().map(names::partyName).toList())));
                keys.addAll(ids(source.parties()));
            }
        }
        return new Cell(Names.sentences(texts), keys);
    }

    private Cell scenariosUsing(Predicate<ProcessingActivity> uses) {
        List<ProcessingActivity> using = policy.activities().stream().filter(uses).toList();
        return new Cell(Names.join(using.stream().map(ProcessingActivity::label).toList()),
                using.stream().map(a -> a.id().value()).toList());
    }

    private Cell topCategories(List<CategoryKey> keys) {
        List<CategoryKey> tops = keys.stream().map(Names::top).distinct().map(CategoryKey::new).toList();
        return new Cell(Names.join(tops.stream().map(names::topCategory).toList()), keys(tops));
    }

    /**
     * What an SDK receives: what it lists, then, per permission, what it gets only through that permission
     * (IMEI、IMSI；经设备信息权限：MEID、ICCID).
     */
    private Cell received(List<Receipt> receipts) {
        Set<CategoryKey> viaPermission = new LinkedHashSet<>(PolicyIndex.onlyThroughPermission(receipts));
        List<CategoryKey> listed = PolicyIndex.categoriesOf(receipts).stream()
                .filter(c -> !viaPermission.contains(c)).toList();
        // A category two permissions reach is named under the first.
        Map<String, List<CategoryKey>> byPermission = new LinkedHashMap<>();
        Set<CategoryKey> named = new LinkedHashSet<>();
        for (Receipt receipt : receipts) {
            if (viaPermission.contains(receipt.category()) && named.add(receipt.category())) {
                byPermission.computeIfAbsent(receipt.through(), k -> new ArrayList<>()).add(receipt.category());
            }
        }
        List<Text> parts = new ArrayList<>();
        List<String> keys = new ArrayList<>(keys(listed));
        if (!listed.isEmpty()) {
            parts.add(Names.join(listed.stream().map(names::category).toList()));
        }
        byPermission.forEach((permission, reached) -> {
            parts.add(Labels.of("value.through-permission", names.permission(new PermissionKey(permission)),
                    Names.join(reached.stream().map(names::category).toList())));
            keys.addAll(keys(reached));
        });
        return new Cell(Names.sentences(parts), keys);
    }

    private Cell categories(List<CategoryKey> keys) {
        return new Cell(Names.join(keys.stream().map(names::category).toList()), keys(keys));
    }

    private Cell purposes(List<PurposeKey> keys) {
        return new Cell(Names.join(keys.stream().map(names::purpose).toList()), keys(keys));
    }

    private static Cell links(List<String> urls) {
        return new Cell(Names.same(String.join(" ", urls)), urls);
    }

    private static Cell text(Text text) {
        return Cell.of(text == null ? Names.EMPTY : text);
    }

    private static Cell section(Section section) {
        return new Cell(Names.section(section), List.of(section.value()));
    }

    private static Cell notStated() {
        return Cell.of(Labels.of("value.not-stated"));
    }

    private static Cell orNotStated(Cell cell) {
        return cell.keys().isEmpty() ? notStated() : cell;
    }

    private static List<String> keys(List<? extends TaxonomyKey> keys) {
        return keys.stream().map(TaxonomyKey::value).toList();
    }

    private static List<String> ids(List<? extends Identifier> ids) {
        return ids.stream().map(Identifier::value).toList();
    }

    private static List<String> names(List<? extends Enum<?>> constants) {
        return constants.stream().map(Enum::name).toList();
    }
}
