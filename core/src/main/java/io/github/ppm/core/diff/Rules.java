package io.github.ppm.core.diff;

import static io.github.ppm.model.MaterialChangeKind.CONTROLLER_IDENTITY_OR_CONTACT;
import static io.github.ppm.model.MaterialChangeKind.DATA_CATEGORIES;
import static io.github.ppm.model.MaterialChangeKind.PROCESSING_METHOD;
import static io.github.ppm.model.MaterialChangeKind.PURPOSE;
import static io.github.ppm.model.MaterialChangeKind.RECIPIENTS;
import static io.github.ppm.model.MaterialChangeKind.RETENTION;
import static io.github.ppm.model.MaterialChangeKind.RIGHTS_EXERCISE;

import io.github.ppm.model.MaterialChangeKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which changes are material, field by field: the policy's own 七 criteria and PIPL Art. 14 and 17 name
 * the controller's identity and contact, purposes, processing methods, categories, retention, recipients
 * and how rights are exercised. A field not listed here (labels, notes, wording, sources, links, measures)
 * never makes a change material.
 */
final class Rules {
    private Rules() {
    }

    /** How a field's change counts. */
    enum Direction {
        /** Any change. */
        ANY,
        /** Only entries added to a list (taxonomy-aware: a key below an old key is not new); removals narrow. */
        ADDITIONS,
        /** Anything but pure additions: a removed or altered entry (a channel gone, a period changed). */
        NOT_ONLY_ADDITIONS,
        /** Collection groups: new categories or new group purposes. */
        COLLECTS
    }

    record Rule(MaterialChangeKind kind, Direction direction) {
    }

    /** How objects of a collection count when added or removed, and their fields when changed. */
    record Collection(List<MaterialChangeKind> added, List<MaterialChangeKind> removed, Map<String, Rule> fields) {
    }

    static final Map<String, Collection> COLLECTIONS = Map.ofEntries(
            Map.entry("activities", new Collection(List.of(PURPOSE, DATA_CATEGORIES), List.of(), Map.of(
                    "collects", new Rule(DATA_CATEGORIES, Direction.COLLECTS),
                    "purposes", new Rule(PURPOSE, Direction.ADDITIONS),
                    "collectsFrom", new Rule(DATA_CATEGORIES, Direction.ADDITIONS),
                    "legalBases", new Rule(PROCESSING_METHOD, Direction.ADDITIONS),
                    "sources", new Rule(PROCESSING_METHOD, Direction.ADDITIONS),
                    "permissions", new Rule(PROCESSING_METHOD, Direction.ADDITIONS),
                    "sdks", new Rule(RECIPIENTS, Direction.ADDITIONS),
                    "automatedDecision", new Rule(PROCESSING_METHOD, Direction.ANY)))),
            Map.entry("sdks", new Collection(List.of(RECIPIENTS, PROCESSING_METHOD), List.of(), Map.of(
                    "provider", new Rule(RECIPIENTS, Direction.ANY),
                    "collects", new Rule(DATA_CATEGORIES, Direction.COLLECTS),
                    "purposes", new Rule(PURPOSE, Direction.ADDITIONS),
                    "permissions", new Rule(PROCESSING_METHOD, Direction.ADDITIONS),
                    "collectionMethods", new Rule(PROCESSING_METHOD, Direction.ADDITIONS),
                    "deidentified", new Rule(PROCESSING_METHOD, Direction.ANY),
                    "role", new Rule(PROCESSING_METHOD, Direction.ANY)))),
            Map.entry("disclosures", new Collection(List.of(RECIPIENTS), List.of(), Map.of(
                    "kind", new Rule(PROCESSING_METHOD, Direction.ANY),
                    "recipients", new Rule(RECIPIENTS, Direction.ADDITIONS),
                    "data", new Rule(DATA_CATEGORIES, Direction.ADDITIONS),
                    "activities", new Rule(DATA_CATEGORIES, Direction.ADDITIONS),
                    "purposes", new Rule(PURPOSE, Direction.ADDITIONS),
                    "consent", new Rule(PROCESSING_METHOD, Direction.ANY)))),
            Map.entry("parties", new Collection(List.of(), List.of(), Map.of(
                    "legalName", new Rule(RECIPIENTS, Direction.ANY),
                    "kind", new Rule(RECIPIENTS, Direction.ANY)))),
            Map.entry("permissions", new Collection(List.of(PROCESSING_METHOD), List.of(), Map.of(
                    "key", new Rule(PROCESSING_METHOD, Direction.ANY),
                    "platforms", new Rule(PROCESSING_METHOD, Direction.ADDITIONS),
                    "variants", new Rule(PROCESSING_METHOD, Direction.ADDITIONS),
                    "data", new Rule(DATA_CATEGORIES, Direction.ADDITIONS),
                    "purposes", new Rule(PURPOSE, Direction.ADDITIONS)))),
            Map.entry("consentExceptions", new Collection(List.of(PROCESSING_METHOD), List.of(), Map.of(
                    "scope", new Rule(PROCESSING_METHOD, Direction.ANY),
                    "ground", new Rule(PROCESSING_METHOD, Direction.ANY)))),
            Map.entry("storage", new Collection(List.of(PROCESSING_METHOD), List.of(), Map.of(
                    "crossBorder", new Rule(PROCESSING_METHOD, Direction.ANY)))),
            Map.entry("retention", new Collection(List.of(RETENTION), List.of(RETENTION), Map.of(
                    "data", new Rule(RETENTION, Direction.ANY),
                    "minimum", new Rule(RETENTION, Direction.ANY),
                    "maximum", new Rule(RETENTION, Direction.ANY),
                    "criteria", new Rule(RETENTION, Direction.ANY),
                    "triggers", new Rule(RETENTION, Direction.ANY),
                    "action", new Rule(RETENTION, Direction.ANY),
                    "exceptionTo", new Rule(RETENTION, Direction.ANY),
                    "holder", new Rule(RETENTION, Direction.ANY),
                    "purposes", new Rule(RETENTION, Direction.ADDITIONS)))),
            Map.entry("rights", new Collection(List.of(), List.of(RIGHTS_EXERCISE), Map.of(
                    "kind", new Rule(RIGHTS_EXERCISE, Direction.ANY),
                    "channels", new Rule(RIGHTS_EXERCISE, Direction.NOT_ONLY_ADDITIONS),
                    "conditions", new Rule(RIGHTS_EXERCISE, Direction.ADDITIONS),
                    "timeLimit", new Rule(RIGHTS_EXERCISE, Direction.ANY)))),
            Map.entry("controller", new Collection(List.of(), List.of(), Map.of(
                    "legalName", new Rule(CONTROLLER_IDENTITY_OR_CONTACT, Direction.ANY),
                    "name", new Rule(CONTROLLER_IDENTITY_OR_CONTACT, Direction.ANY),
                    "registeredAddress", new Rule(CONTROLLER_IDENTITY_OR_CONTACT, Direction.ANY),
                    "officeAddress", new Rule(CONTROLLER_IDENTITY_OR_CONTACT, Direction.ANY),
                    "contacts", new Rule(CONTROLLER_IDENTITY_OR_CONTACT, Direction.NOT_ONLY_ADDITIONS),
                    "protectionOfficer", new Rule(CONTROLLER_IDENTITY_OR_CONTACT, Direction.ANY)))),
            Map.entry("requests", new Collection(List.of(), List.of(), Map.of(
                    "refusals", new Rule(RIGHTS_EXERCISE, Direction.ADDITIONS),
                    "responseTime", new Rule(RIGHTS_EXERCISE, Direction.ANY),
                    "verifiesIdentity", new Rule(RIGHTS_EXERCISE, Direction.ANY),
                    "fee", new Rule(RIGHTS_EXERCISE, Direction.ANY)))));

    /** Fields that are never compared for materiality inside a compared value (contacts, channels). */
    static final java.util.Set<String> WORDING = java.util.Set.of("label", "note", "source", "conditions", "refusal",
            "purposeLabel", "functions", "deidentification", "url", "privacyPolicyUrl", "laws");

    /** Where the law or the national standard makes each kind of change need notice and consent. */
    static final Map<MaterialChangeKind, String> STATUTES = statutes();

    private static Map<MaterialChangeKind, String> statutes() {
        Map<MaterialChangeKind, String> m = new EnumMap<>(MaterialChangeKind.class);
        m.put(CONTROLLER_IDENTITY_OR_CONTACT, "PIPL Art. 17 para. 1 (1), para. 2");
        m.put(PURPOSE, "PIPL Art. 14 para. 2");
        m.put(PROCESSING_METHOD, "PIPL Art. 14 para. 2");
        m.put(DATA_CATEGORIES, "PIPL Art. 14 para. 2");
        m.put(RETENTION, "PIPL Art. 17 para. 1 (2), para. 2");
        m.put(RECIPIENTS, "PIPL Art. 23; GB/T 35273-2020 Annex D");
        m.put(RIGHTS_EXERCISE, "PIPL Art. 17 para. 1 (3), para. 2");
        m.put(MaterialChangeKind.CONTROL, "PIPL Art. 22; GB/T 35273-2020 Annex D");
        m.put(MaterialChangeKind.SERVICE_MODEL, "GB/T 35273-2020 Annex D");
        m.put(MaterialChangeKind.RESPONSIBLE_DEPARTMENT, "GB/T 35273-2020 Annex D");
        m.put(MaterialChangeKind.HIGH_RISK_ASSESSMENT, "GB/T 35273-2020 Annex D");
        return Map.copyOf(m);
    }
}
