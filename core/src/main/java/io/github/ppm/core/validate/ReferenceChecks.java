package io.github.ppm.core.validate;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.diag.SourceLocation;
import io.github.ppm.core.diag.Suggestions;
import io.github.ppm.core.io.SourceMap;
import io.github.ppm.core.taxonomy.Taxonomy;
import io.github.ppm.core.taxonomy.Vocabulary;
import io.github.ppm.model.ActivityId;
import io.github.ppm.model.AutomatedDecision;
import io.github.ppm.model.CategoryDefinition;
import io.github.ppm.model.DataCollection;
import io.github.ppm.model.Identifier;
import io.github.ppm.model.Policy;
import io.github.ppm.model.ProcessingActivity;
import io.github.ppm.model.PurposeDefinition;
import io.github.ppm.model.TaxonomyKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks that ids are unique, every id a policy refers to exists, and every taxonomy key is in
 * the built-in taxonomy or declared by the policy.
 */
final class ReferenceChecks {
    private final Policy policy;
    private final Taxonomy taxonomy;
    private final SourceMap map;
    private final List<Diagnostic> out;
    private final Map<String, Set<String>> ids = new HashMap<>();

    private ReferenceChecks(Policy policy, Taxonomy taxonomy, SourceMap map, List<Diagnostic> out) {
        this.policy = policy;
        this.taxonomy = taxonomy;
        this.map = map;
        this.out = out;
    }

    static void check(Policy policy, Taxonomy taxonomy, SourceMap map, List<Diagnostic> out) {
        new ReferenceChecks(policy, taxonomy, map, out).run();
    }

    private void run() {
        declare("contact", "/controller/contacts", policy.controller().contacts(), c -> c.id());
        declare("party", "/parties", policy.parties(), p -> p.id());
        declare("activity", "/activities", policy.activities(), a -> a.id());
        declare("permission", "/permissions", policy.permissions(), p -> p.id());
        declare("sdk", "/sdks", policy.sdks(), s -> s.id());
        declare("disclosure", "/disclosures", policy.disclosures(), d -> d.id());
        declare("consent-exception", "/consentExceptions", policy.consentExceptions(), c -> c.id());
        declare("retention-rule", "/retention", policy.retention(), r -> r.id());
        declare("measure", "/measures", policy.measures(), m -> m.id());
        declare("right", "/rights", policy.rights(), r -> r.id());
        declare("clause", "/clauses", policy.clauses(), c -> c.id());

        localTaxonomy();
        ref("/controller/protectionOfficer", "contact", policy.controller().protectionOfficer());
        each("/parties", policy.parties(), (p, at) -> key(at + "/kind", p.kind(), taxonomy.partyKinds()));
        each("/activities", policy.activities(), this::activity);
        activityCycles();
        each("/permissions", policy.permissions(), (p, at) -> {
            key(at + "/key", p.key(), taxonomy.permissions());
            each(at + "/variants", p.variants(), (v, vat) -> key(vat + "/key", v.key(), taxonomy.permissions()));
            keys(at + "/data", p.data(), taxonomy.categories());
            keys(at + "/purposes", p.purposes(), taxonomy.purposes());
        });
        each("/sdks", policy.sdks(), (s, at) -> {
            ref(at + "/provider", "party", s.provider());
            collections(at + "/collects", s.collects());
            keys(at + "/permissions", s.permissions(), taxonomy.permissions());
            keys(at + "/purposes", s.purposes(), taxonomy.purposes());
        });
        each("/disclosures", policy.disclosures(), (d, at) -> {
            refs(at + "/recipients", "party", d.recipients());
            keys(at + "/data", d.data(), taxonomy.categories());
            keys(at + "/purposes", d.purposes(), taxonomy.purposes());
            refs(at + "/activities", "activity", d.activities());
        });
        each("/retention", policy.retention(), (r, at) -> {
            keys(at + "/data", r.data(), taxonomy.categories());
            keys(at + "/purposes", r.purposes(), taxonomy.purposes());
            ref(at + "/exceptionTo", "retention-rule", r.exceptionTo());
            ref(at + "/holder", "party", r.holder());
        });
        each("/measures", policy.measures(), (m, at) -> key(at + "/kind", m.kind(), taxonomy.measures()));
        each("/rights", policy.rights(), (r, at) ->
                each(at + "/channels", r.channels(), (c, cat) -> ref(cat + "/contact", "contact", c.contact())));
        each("/cookies", policy.cookies(), (c, at) -> {
            keys(at + "/data", c.data(), taxonomy.categories());
            keys(at + "/purposes", c.purposes(), taxonomy.purposes());
        });
        if (policy.changes() != null) {
            ref("/changes/objection", "contact", policy.changes().objection());
        }
        each("/links", policy.links(), (l, at) -> ref(at + "/owner", "party", l.owner()));
    }

    private void activity(ProcessingActivity a, String at) {
        ref(at + "/parent", "activity", a.parent());
        collections(at + "/collects", a.collects());
        keys(at + "/purposes", a.purposes(), taxonomy.purposes());
        each(at + "/sources", a.sources(), (s, sat) -> refs(sat + "/parties", "party", s.parties()));
        refs(at + "/collectsFrom", "activity", a.collectsFrom());
        refs(at + "/permissions", "permission", a.permissions());
        refs(at + "/sdks", "sdk", a.sdks());
        AutomatedDecision decision = a.automatedDecision();
        if (decision != null) {
            keys(at + "/automatedDecision/purposes", decision.purposes(), taxonomy.purposes());
            keys(at + "/automatedDecision/inputs", decision.inputs(), taxonomy.categories());
            ref(at + "/automatedDecision/humanReview", "contact", decision.humanReview());
        }
    }

    private void collections(String at, List<DataCollection> collections) {
        each(at, collections, (c, cat) -> {
            keys(cat + "/categories", c.categories(), taxonomy.categories());
            keys(cat + "/purposes", c.purposes(), taxonomy.purposes());
        });
    }

    /** Local categories and purposes must hang under an existing parent. */
    private void localTaxonomy() {
        each("/categories", policy.categories(), (CategoryDefinition c, String at) ->
                parent(at + "/key", "taxonomy.data-category", c.key().value(), taxonomy.categories()));
        each("/purposes", policy.purposes(), (PurposeDefinition p, String at) ->
                parent(at + "/key", "taxonomy.purpose", p.key().value(), taxonomy.purposes()));
    }

    private void parent(String at, String kindKey, String key, Vocabulary vocabulary) {
        int dot = key.lastIndexOf('.');
        if (dot > 0 && !vocabulary.contains(key.substring(0, dot))) {
            report("PPM-REF-PARENT", at, null, Messages.of(kindKey), key, key.substring(0, dot));
        }
    }

    private void activityCycles() {
        Map<ActivityId, ActivityId> parents = new HashMap<>();
        policy.activities().forEach(a -> {
            if (a.parent() != null) {
                parents.put(a.id(), a.parent());
            }
        });
        each("/activities", policy.activities(), (a, at) -> {
            Set<ActivityId> seen = new HashSet<>();
            for (ActivityId step = a.parent(); step != null; step = parents.get(step)) {
                if (step.equals(a.id())) {
                    report("PPM-REF-CYCLE", at + "/parent", null, a.id().value());
                    return;
                }
                if (!seen.add(step)) {
                    return;
                }
            }
        });
    }

    private <T> void declare(String kind, String at, List<T> items, Function<T, Identifier> id) {
        Set<String> known = ids.computeIfAbsent(kind, k -> new LinkedHashSet<>());
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i)).value();
            if (!known.add(value)) {
                report("PPM-ID-DUPLICATE", at + "/" + i + "/id", null, Messages.of("kind." + kind), value);
            }
        }
    }

    private void refs(String at, String kind, List<? extends Identifier> targets) {
        for (int i = 0; i < targets.size(); i++) {
            ref(at + "/" + i, kind, targets.get(i));
        }
    }

    private void ref(String at, String kind, Identifier target) {
        if (target == null) {
            return;
        }
        Set<String> known = ids.getOrDefault(kind, Set.of());
        if (!known.contains(target.value())) {
            String suggestion = Suggestions.closest(target.value(), known).orElse(null);
            report("PPM-REF-UNKNOWN", at, suggestion == null ? null : Messages.of("PPM-REF-UNKNOWN.suggest", suggestion),
                    Messages.of("kind." + kind), target.value());
        }
    }

    private void keys(String at, List<? extends TaxonomyKey> keys, Vocabulary vocabulary) {
        for (int i = 0; i < keys.size(); i++) {
            key(at + "/" + i, keys.get(i), vocabulary);
        }
    }

    private void key(String at, TaxonomyKey key, Vocabulary vocabulary) {
        if (key == null || vocabulary.contains(key.value())) {
            return;
        }
        String suggestion = vocabulary.suggest(key.value()).orElse(null);
        report("PPM-REF-TAXONOMY", at,
                suggestion == null ? Messages.help("PPM-REF-TAXONOMY", localSection(vocabulary))
                        : Messages.of("PPM-REF-TAXONOMY.suggest", suggestion),
                Messages.of("taxonomy." + vocabulary.name()), key.value());
    }

    private static String localSection(Vocabulary vocabulary) {
        return "purpose".equals(vocabulary.name()) ? "purposes" : "categories";
    }

    private void report(String rule, String pointer, io.github.ppm.model.Text help, Object... args) {
        SourceLocation at = map.locate(pointer);
        out.add(new Diagnostic(rule, Severity.ERROR, Messages.of(rule, args),
                help == null ? Messages.help(rule, args) : help, at, List.of()));
    }

    private static <T> void each(String at, List<T> items, Item<T> check) {
        for (int i = 0; i < items.size(); i++) {
            check.accept(items.get(i), at + "/" + i);
        }
    }

    @FunctionalInterface
    private interface Item<T> {
        void accept(T item, String pointer);
    }

}
