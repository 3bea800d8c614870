package io.github.ppm.core.lint;

import io.github.ppm.core.index.DataGroup;
import io.github.ppm.core.index.PolicyIndex;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.ExpiryAction;
import io.github.ppm.model.Policy;
import io.github.ppm.model.ProcessingActivity;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.Right;
import io.github.ppm.model.RightKind;
import io.github.ppm.model.Sdk;
import io.github.ppm.model.TaxonomyKey;
import io.github.ppm.model.Text;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Questions several rules ask of a policy. */
final class Facts {
    private Facts() {
    }

    /**
     * Something that collects data (a scenario or an SDK): where it is, its effective purposes and its
     * data groups, each with the effective purposes the policy index derived for it.
     */
    record Collector(String pointer, String id, List<PurposeKey> purposes, List<DataGroup> groups) {
        List<CategoryKey> categories() {
            return groups.stream().flatMap(g -> g.categories().stream()).distinct().toList();
        }
    }

    /** Every scenario and every SDK, scenarios first. */
    static List<Collector> collectors(LintContext context) {
        Policy policy = context.policy();
        PolicyIndex index = context.index();
        List<Collector> result = new ArrayList<>();
        for (int i = 0; i < policy.activities().size(); i++) {
            ProcessingActivity a = policy.activities().get(i);
            result.add(new Collector("/activities/" + i, a.id().value(), index.purposesOf(a), index.groupsOf(a.id())));
        }
        for (int i = 0; i < policy.sdks().size(); i++) {
            Sdk s = policy.sdks().get(i);
            result.add(new Collector("/sdks/" + i, s.id().value(), s.purposes(), index.groupsOf(s.id())));
        }
        return result;
    }

    /** True when {@code key} is sensitive personal information by the taxonomy (itself or an ancestor). */
    static boolean sensitive(LintContext context, CategoryKey key) {
        return context.index().isSensitive(key);
    }

    /** The sensitive categories among {@code keys}, each once. */
    static List<CategoryKey> sensitiveOf(LintContext context, List<CategoryKey> keys) {
        return context.index().sensitiveOf(keys);
    }

    /** True when the policy has a right of {@code kind} with at least one channel. */
    static boolean hasChannel(Policy policy, RightKind kind) {
        return policy.rights().stream().anyMatch(r -> r.kind() == kind && !r.channels().isEmpty());
    }

    static boolean hasRight(Policy policy, RightKind kind) {
        return policy.rights().stream().anyMatch(r -> r.kind() == kind);
    }

    static List<Right> rights(Policy policy, RightKind kind) {
        return policy.rights().stream().filter(r -> r.kind() == kind).toList();
    }

    /** True when any key of {@code keys} lies within {@code ancestor} (dotted). */
    static boolean anyWithin(List<? extends TaxonomyKey> keys, String ancestor) {
        return PolicyIndex.anyWithin(keys, ancestor);
    }

    /** True when the dotted key {@code key} lies within any of {@code ancestors}. */
    static boolean withinAny(String key, Collection<String> ancestors) {
        return ancestors.stream().anyMatch(a -> TaxonomyKey.isWithin(key, a));
    }

    static boolean deletes(ExpiryAction action) {
        return action == ExpiryAction.DELETE || action == ExpiryAction.ANONYMISE
                || action == ExpiryAction.DELETE_OR_ANONYMISE;
    }

    /** A period as whole days for comparison: a year is 365 days, a month 30. */
    static long approxDays(Period p) {
        return p.getYears() * 365L + p.getMonths() * 30L + p.getDays();
    }

    /** True when {@code text} (Chinese) matches {@code pattern} somewhere. */
    static boolean finds(Text text, Pattern pattern) {
        return text != null && pattern.matcher(text.zh()).find();
    }

    /** Values joined as {@code `a`, `b`} for messages. */
    static String list(Iterable<?> values) {
        Set<String> seen = new LinkedHashSet<>();
        for (Object v : values) {
            seen.add(String.valueOf(v));
        }
        return seen.stream().collect(Collectors.joining("`, `"));
    }

    /** Texts joined per language: {@code 、} in Chinese, {@code , } in English. */
    static Text join(List<Text> texts) {
        return new Text(texts.stream().map(Text::zh).collect(Collectors.joining("、")),
                texts.stream().map(Text::en).collect(Collectors.joining(", ")));
    }
}
