package io.github.ppm.core.disclosure;

import io.github.ppm.core.taxonomy.Taxonomy;
import io.github.ppm.core.taxonomy.TaxonomyEntry;
import io.github.ppm.core.taxonomy.Vocabulary;
import io.github.ppm.model.ActivityId;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.ContactPoint;
import io.github.ppm.model.Identifier;
import io.github.ppm.model.Party;
import io.github.ppm.model.PartyId;
import io.github.ppm.model.PermissionKey;
import io.github.ppm.model.Policy;
import io.github.ppm.model.ProcessingActivity;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.Section;
import io.github.ppm.model.TaxonomyKey;
import io.github.ppm.model.Text;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the keys and ids of one policy into the words people read: taxonomy labels for
 * categories, purposes and permissions, names for parties and scenarios, and the labels of the
 * closed sets. A key the taxonomy lacks is shown as itself: validation reports it, a table never
 * hides it.
 */
final class Names {
    static final Text EMPTY = new Text("", "");

    private final Policy policy;
    private final Taxonomy taxonomy;
    private final Map<String, Party> parties;
    private final Map<String, ProcessingActivity> activities;
    private final Map<String, ContactPoint> contacts;

    Names(Policy policy, Taxonomy taxonomy) {
        this.policy = policy;
        this.taxonomy = taxonomy;
        this.parties = byId(policy.parties(), Party::id);
        this.activities = byId(policy.activities(), ProcessingActivity::id);
        this.contacts = byId(policy.controller().contacts(), ContactPoint::id);
    }

    private static <T> Map<String, T> byId(List<T> objects, Function<T, ? extends Identifier> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T object : objects) {
            map.putIfAbsent(id.apply(object).value(), object);
        }
        return map;
    }

    Policy policy() {
        return policy;
    }

    Taxonomy taxonomy() {
        return taxonomy;
    }

    Text category(CategoryKey key) {
        return label(taxonomy.categories(), key);
    }

    /** The label of the top-level category {@code key} lies in, e.g. 设备信息 for {@code device.identifier.imei}. */
    Text topCategory(CategoryKey key) {
        return label(taxonomy.categories(), new CategoryKey(top(key)));
    }

    static String top(TaxonomyKey key) {
        int dot = key.value().indexOf('.');
        return dot < 0 ? key.value() : key.value().substring(0, dot);
    }

    Text purpose(PurposeKey key) {
        return label(taxonomy.purposes(), key);
    }

    Text permission(PermissionKey key) {
        return label(taxonomy.permissions(), key);
    }

    Optional<TaxonomyEntry> permissionEntry(PermissionKey key) {
        return taxonomy.permissions().get(key.value());
    }

    private static Text label(Vocabulary vocabulary, TaxonomyKey key) {
        return vocabulary.get(key.value()).map(TaxonomyEntry::label).orElseGet(() -> same(key.value()));
    }

    /** What the policy calls the party: its label, e.g. 征信机构 or 极光. */
    Text party(PartyId id) {
        Party party = parties.get(id.value());
        return party == null ? same(id.value()) : party.label();
    }

    /** The party's registered name when the policy gives one, else its label. */
    Text partyName(PartyId id) {
        Party party = parties.get(id.value());
        if (party == null) {
            return same(id.value());
        }
        return party.legalName() == null ? party.label() : same(party.legalName());
    }

    Optional<Party> partyOf(PartyId id) {
        return Optional.ofNullable(parties.get(id.value()));
    }

    Text activity(ActivityId id) {
        ProcessingActivity activity = activities.get(id.value());
        return activity == null ? same(id.value()) : activity.label();
    }

    Optional<ContactPoint> contact(String id) {
        return Optional.ofNullable(contacts.get(id));
    }

    /** A period in words: {@code P10Y6M} is 10年6个月 / 10 years 6 months. */
    static Text period(Period period) {
        List<Text> parts = new ArrayList<>();
        addPart(parts, period.getYears(), "year");
        addPart(parts, period.getMonths(), "month");
        addPart(parts, period.getDays(), "day");
        if (parts.isEmpty()) {
            addPart(parts, 0, "day");
        }
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Text part : parts) {
            zh.append(part.zh());
            en.append(en.length() == 0 ? "" : " ").append(part.en());
        }
        return new Text(zh.toString(), en.toString());
    }

    private static void addPart(List<Text> parts, int amount, String unit) {
        if (amount != 0 || unit.equals("day") && parts.isEmpty()) {
            parts.add(Labels.of("period." + unit + (Math.abs(amount) == 1 ? "" : "s"), amount));
        }
    }

    static Text section(Section section) {
        return same(section.value());
    }

    /** A text that reads the same in both languages: a name, an address, a number. */
    static Text same(String value) {
        return new Text(value, value);
    }

    /** The texts joined as a list: 甲、乙 / A, B. */
    static Text join(List<Text> texts) {
        return joinWith(texts, Labels.of("value.separator"));
    }

    /** The texts joined as sentences: 甲；乙 / A; B. */
    static Text sentences(List<Text> texts) {
        return joinWith(texts, Labels.of("value.sentence-separator"));
    }

    private static Text joinWith(List<Text> texts, Text separator) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Text text : texts) {
            if (zh.length() > 0 || en.length() > 0) {
                zh.append(separator.zh());
                en.append(separator.en());
            }
            zh.append(text.zh());
            en.append(text.en());
        }
        return new Text(zh.toString(), en.toString());
    }

    /** An article number in Chinese numerals, as Chinese laws are cited: 47 is 四十七. */
    static String chineseNumber(int n) {
        String digits = "〇一二三四五六七八九";
        if (n < 0 || n > 99) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        String tens = n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10));
        String ones = n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10));
        return tens + "十" + ones;
    }
}
