package io.github.ppm.core.diff;

import static io.github.ppm.model.MaterialChangeKind.CONTROLLER_IDENTITY_OR_CONTACT;
import static io.github.ppm.model.MaterialChangeKind.DATA_CATEGORIES;
import static io.github.ppm.model.MaterialChangeKind.PROCESSING_METHOD;
import static io.github.ppm.model.MaterialChangeKind.PURPOSE;
import static io.github.ppm.model.MaterialChangeKind.RECIPIENTS;
import static io.github.ppm.model.MaterialChangeKind.RETENTION;
import static io.github.ppm.model.MaterialChangeKind.RIGHTS_EXERCISE;
import static java.util.Map.entry;

import io.github.ppm.model.Cessation;
import io.github.ppm.model.ChangePolicy;
import io.github.ppm.model.Channel;
import io.github.ppm.model.Clause;
import io.github.ppm.model.ConsentException;
import io.github.ppm.model.ContactPoint;
import io.github.ppm.model.Controller;
import io.github.ppm.model.CategoryDefinition;
import io.github.ppm.model.DataCollection;
import io.github.ppm.model.Disclosure;
import io.github.ppm.model.IncidentResponse;
import io.github.ppm.model.Link;
import io.github.ppm.model.MaterialChangeKind;
import io.github.ppm.model.Minors;
import io.github.ppm.model.Party;
import io.github.ppm.model.Permission;
import io.github.ppm.model.Policy;
import io.github.ppm.model.ProcessingActivity;
import io.github.ppm.model.PurposeDefinition;
import io.github.ppm.model.RequestHandling;
import io.github.ppm.model.RetentionRule;
import io.github.ppm.model.Right;
import io.github.ppm.model.Sdk;
import io.github.ppm.model.SecurityMeasure;
import io.github.ppm.model.SourceDocument;
import io.github.ppm.model.StorageLocation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which changes are material, component by component of the model: the policy's own 七 criteria and PIPL
 * Art. 14 and 17 name the controller's identity and contact, purposes, processing methods, categories,
 * retention, recipients and how rights are exercised. The table is keyed by record class and component
 * name and checked against the model ({@link #problems()}), so a component added to the model later is
 * not silently wording: until a row classifies it, its change counts as material.
 *
 * @param table record class to component name to how a change of that component counts
 */
record Rules(Map<Class<? extends Record>, Map<String, Classification>> table) {
    /** How a material component's change counts. */
    enum Direction {
        /** Any change. */
        ANY,
        /** Only entries added to a list (taxonomy-aware: a key below an old key is not new); removals narrow. */
        ADDITIONS,
        /**
         * Anything but pure additions: a removed or altered entry (a channel gone, a period changed); the
         * entries' components that are not material are left out of the comparison.
         */
        NOT_ONLY_ADDITIONS
    }

    /** Why a component is never material; {@link #note()} is the stable code a change reports. */
    enum Reason {
        /** Labels, notes, free text restating what typed fields say, and the section a fact cites. */
        WORDING("wording"),
        /** About the document or outside the material-change criteria (dates, urls, measures, minors). */
        METADATA("metadata"),
        /** The key that matches an object between versions: a new value is one object removed, one added. */
        IDENTITY("metadata");

        private final String note;

        Reason(String note) {
            this.note = note;
        }

        String note() {
            return note;
        }
    }

    /** How a change of one component counts. */
    sealed interface Classification permits Material, NotMaterial, Objects, Pooled {
    }

    /** Material, under {@code kind}, when it changes in {@code direction}. */
    record Material(MaterialChangeKind kind, Direction direction) implements Classification {
    }

    /** Never material. */
    record NotMaterial(Reason reason) implements Classification {
    }

    /**
     * A policy's list of objects matched by identity, or its single object: each object's components have
     * their own rows; a new object counts under {@code added}, a removed one under {@code removed}.
     */
    record Objects(List<MaterialChangeKind> added, List<MaterialChangeKind> removed) implements Classification {
        Objects {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }

    /**
     * A list of nested objects without identity (the data an activity or SDK collects): the values of each
     * component are pooled over the list and compared by that component's own row.
     */
    record Pooled() implements Classification {
    }

    private static final Classification WORDING = new NotMaterial(Reason.WORDING);
    private static final Classification METADATA = new NotMaterial(Reason.METADATA);
    private static final Classification IDENTITY = new NotMaterial(Reason.IDENTITY);
    private static final Classification POOLED = new Pooled();

    /** The rules ppm applies. */
    static final Rules MODEL = new Rules(Map.ofEntries(
            entry(Policy.class, Map.ofEntries(
                    entry("id", METADATA),
                    entry("version", METADATA),
                    entry("effectiveDate", METADATA),
                    entry("updated", METADATA),
                    entry("languages", METADATA),
                    entry("jurisdiction", METADATA),
                    entry("document", objects(List.of(), List.of())),
                    entry("controller", objects(List.of(), List.of())),
                    entry("categories", objects(List.of(), List.of())),
                    entry("purposes", objects(List.of(), List.of())),
                    entry("parties", objects(List.of(), List.of())),
                    entry("activities", objects(List.of(PURPOSE, DATA_CATEGORIES), List.of())),
                    entry("permissions", objects(List.of(PROCESSING_METHOD), List.of())),
                    entry("sdks", objects(List.of(RECIPIENTS, PROCESSING_METHOD), List.of())),
                    entry("disclosures", objects(List.of(RECIPIENTS), List.of())),
                    entry("consentExceptions", objects(List.of(PROCESSING_METHOD), List.of())),
                    entry("storage", objects(List.of(PROCESSING_METHOD), List.of())),
                    entry("retention", objects(List.of(RETENTION), List.of(RETENTION))),
                    entry("measures", objects(List.of(), List.of())),
                    entry("incidents", objects(List.of(), List.of())),
                    entry("rights", objects(List.of(), List.of(RIGHTS_EXERCISE))),
                    entry("requests", objects(List.of(), List.of())),
                    entry("cessation", objects(List.of(), List.of())),
                    // Cookie uses have no identity: the list is compared as one value.
                    entry("cookies", METADATA),
                    entry("minors", objects(List.of(), List.of())),
                    entry("changes", objects(List.of(), List.of())),
                    entry("clauses", objects(List.of(), List.of())),
                    entry("links", objects(List.of(), List.of())),
                    entry("suppressions", METADATA))),
            entry(SourceDocument.class, Map.of(
                    "title", METADATA,
                    "url", METADATA,
                    "sha256", METADATA)),
            entry(Controller.class, Map.of(
                    "legalName", material(CONTROLLER_IDENTITY_OR_CONTACT, Direction.ANY),
                    "name", material(CONTROLLER_IDENTITY_OR_CONTACT, Direction.ANY),
                    "registeredAddress", material(CONTROLLER_IDENTITY_OR_CONTACT, Direction.ANY),
                    "officeAddress", material(CONTROLLER_IDENTITY_OR_CONTACT, Direction.ANY),
                    "contacts", material(CONTROLLER_IDENTITY_OR_CONTACT, Direction.NOT_ONLY_ADDITIONS),
                    "protectionOfficer", material(CONTROLLER_IDENTITY_OR_CONTACT, Direction.ANY),
                    "source", WORDING)),
            entry(ContactPoint.class, Map.of(
                    "id", material(CONTROLLER_IDENTITY_OR_CONTACT, Direction.ANY),
                    "kind", material(CONTROLLER_IDENTITY_OR_CONTACT, Direction.ANY),
                    "raw", material(CONTROLLER_IDENTITY_OR_CONTACT, Direction.ANY),
                    "normalised", material(CONTROLLER_IDENTITY_OR_CONTACT, Direction.ANY),
                    "label", WORDING,
                    "source", WORDING)),
            entry(CategoryDefinition.class, Map.of(
                    "key", IDENTITY,
                    "label", WORDING,
                    "sensitive", METADATA,
                    "sensitiveBasis", WORDING,
                    "source", WORDING)),
            entry(PurposeDefinition.class, Map.of(
                    "key", IDENTITY,
                    "label", WORDING,
                    "source", WORDING)),
            entry(Party.class, Map.of(
                    "id", IDENTITY,
                    "kind", material(RECIPIENTS, Direction.ANY),
                    "label", WORDING,
                    "legalName", material(RECIPIENTS, Direction.ANY),
                    "url", METADATA,
                    "source", WORDING)),
            entry(ProcessingActivity.class, Map.ofEntries(
                    entry("id", IDENTITY),
                    entry("label", WORDING),
                    entry("parent", METADATA),
                    entry("collects", POOLED),
                    entry("purposes", material(PURPOSE, Direction.ADDITIONS)),
                    entry("legalBases", material(PROCESSING_METHOD, Direction.ADDITIONS)),
                    entry("sources", material(PROCESSING_METHOD, Direction.ADDITIONS)),
                    entry("collectsFrom", material(DATA_CATEGORIES, Direction.ADDITIONS)),
                    entry("permissions", material(PROCESSING_METHOD, Direction.ADDITIONS)),
                    entry("sdks", material(RECIPIENTS, Direction.ADDITIONS)),
                    entry("refusal", WORDING),
                    entry("automatedDecision", material(PROCESSING_METHOD, Direction.ANY)),
                    entry("source", WORDING))),
            entry(DataCollection.class, Map.of(
                    "categories", material(DATA_CATEGORIES, Direction.ADDITIONS),
                    "label", WORDING,
                    "necessity", METADATA,
                    "purposes", material(PURPOSE, Direction.ADDITIONS),
                    "source", WORDING)),
            entry(Permission.class, Map.of(
                    "id", IDENTITY,
                    "key", material(PROCESSING_METHOD, Direction.ANY),
                    "label", WORDING,
                    "platforms", material(PROCESSING_METHOD, Direction.ADDITIONS),
                    "variants", material(PROCESSING_METHOD, Direction.ADDITIONS),
                    "data", material(DATA_CATEGORIES, Direction.ADDITIONS),
                    "purposes", material(PURPOSE, Direction.ADDITIONS),
                    "refusal", WORDING,
                    "source", WORDING)),
            entry(Sdk.class, Map.ofEntries(
                    entry("id", IDENTITY),
                    entry("label", WORDING),
                    entry("provider", material(RECIPIENTS, Direction.ANY)),
                    entry("functions", WORDING),
                    entry("collects", POOLED),
                    entry("permissions", material(PROCESSING_METHOD, Direction.ADDITIONS)),
                    entry("purposes", material(PURPOSE, Direction.ADDITIONS)),
                    entry("purposeLabel", WORDING),
                    entry("collectionMethods", material(PROCESSING_METHOD, Direction.ADDITIONS)),
                    entry("deidentified", material(PROCESSING_METHOD, Direction.ANY)),
                    entry("deidentification", WORDING),
                    entry("privacyPolicyUrl", METADATA),
                    entry("role", material(PROCESSING_METHOD, Direction.ANY)),
                    entry("platforms", METADATA),
                    entry("source", WORDING))),
            entry(Disclosure.class, Map.of(
                    "id", IDENTITY,
                    "kind", material(PROCESSING_METHOD, Direction.ANY),
                    "label", WORDING,
                    "recipients", material(RECIPIENTS, Direction.ADDITIONS),
                    "data", material(DATA_CATEGORIES, Direction.ADDITIONS),
                    "purposes", material(PURPOSE, Direction.ADDITIONS),
                    "activities", material(DATA_CATEGORIES, Direction.ADDITIONS),
                    "conditions", WORDING,
                    "consent", material(PROCESSING_METHOD, Direction.ANY),
                    "source", WORDING)),
            entry(ConsentException.class, Map.of(
                    "id", IDENTITY,
                    "scope", material(PROCESSING_METHOD, Direction.ANY),
                    "ground", material(PROCESSING_METHOD, Direction.ANY),
                    "label", WORDING,
                    "note", WORDING,
                    "source", WORDING)),
            entry(StorageLocation.class, Map.of(
                    "region", IDENTITY,
                    "crossBorder", material(PROCESSING_METHOD, Direction.ANY),
                    "label", WORDING,
                    "source", WORDING)),
            entry(RetentionRule.class, Map.ofEntries(
                    entry("id", IDENTITY),
                    entry("label", WORDING),
                    entry("data", material(RETENTION, Direction.ANY)),
                    entry("purposes", material(RETENTION, Direction.ADDITIONS)),
                    entry("minimum", material(RETENTION, Direction.ANY)),
                    entry("maximum", material(RETENTION, Direction.ANY)),
                    entry("criteria", material(RETENTION, Direction.ANY)),
                    entry("triggers", material(RETENTION, Direction.ANY)),
                    entry("action", material(RETENTION, Direction.ANY)),
                    entry("laws", METADATA),
                    entry("exceptionTo", material(RETENTION, Direction.ANY)),
                    entry("holder", material(RETENTION, Direction.ANY)),
                    entry("source", WORDING))),
            entry(SecurityMeasure.class, Map.of(
                    "id", IDENTITY,
                    "kind", METADATA,
                    "label", WORDING,
                    "source", WORDING)),
            entry(IncidentResponse.class, Map.of(
                    "tells", METADATA,
                    "channels", METADATA,
                    "reportsToRegulator", METADATA,
                    "source", WORDING)),
            entry(Right.class, Map.of(
                    "id", IDENTITY,
                    "kind", material(RIGHTS_EXERCISE, Direction.ANY),
                    "label", WORDING,
                    "channels", material(RIGHTS_EXERCISE, Direction.NOT_ONLY_ADDITIONS),
                    "conditions", material(RIGHTS_EXERCISE, Direction.ADDITIONS),
                    "timeLimit", material(RIGHTS_EXERCISE, Direction.ANY),
                    "source", WORDING)),
            entry(Channel.class, Map.of(
                    "kind", material(RIGHTS_EXERCISE, Direction.ANY),
                    "value", material(RIGHTS_EXERCISE, Direction.ANY),
                    "contact", material(RIGHTS_EXERCISE, Direction.ANY),
                    "label", WORDING)),
            entry(RequestHandling.class, Map.of(
                    "verifiesIdentity", material(RIGHTS_EXERCISE, Direction.ANY),
                    "fee", material(RIGHTS_EXERCISE, Direction.ANY),
                    "refusals", material(RIGHTS_EXERCISE, Direction.ADDITIONS),
                    "responseTime", material(RIGHTS_EXERCISE, Direction.ANY),
                    "source", WORDING)),
            entry(Cessation.class, Map.of(
                    "notice", METADATA,
                    "stopsCollection", METADATA,
                    "action", METADATA,
                    "source", WORDING)),
            entry(Minors.class, Map.of(
                    "minimumServiceAge", METADATA,
                    "childAge", METADATA,
                    "guardianConsent", METADATA,
                    "onDiscovery", METADATA,
                    "source", WORDING)),
            entry(ChangePolicy.class, Map.of(
                    "materialChanges", METADATA,
                    "notification", METADATA,
                    "reconsent", METADATA,
                    "objection", METADATA,
                    "source", WORDING)),
            entry(Clause.class, Map.of(
                    "id", IDENTITY,
                    "label", WORDING,
                    "source", WORDING)),
            entry(Link.class, Map.of(
                    "url", IDENTITY,
                    "owner", METADATA,
                    "label", WORDING,
                    "source", WORDING))));

    /** Where the law or the national standard makes each kind of change need notice and consent. */
    static final Map<MaterialChangeKind, String> STATUTES = statutes();

    Rules {
        table = Map.copyOf(table);
    }

    /** How a change of {@code component} of {@code record} counts, or {@code null} when no row says. */
    Classification of(Class<?> record, String component) {
        Map<String, Classification> rows = table.get(record);
        return rows == null ? null : rows.get(component);
    }

    /**
     * The record a component holds (the element of a list), or {@code null} when it holds no record or
     * {@code record} has no such component.
     */
    static Class<?> recordOf(Class<?> record, String component) {
        if (record == null || !record.isRecord()) {
            return null;
        }
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(component)) {
                Type type = c.getGenericType();
                if (type instanceof ParameterizedType list) {
                    type = list.getActualTypeArguments()[0];
                }
                return type instanceof Class<?> held && held.isRecord() ? held : null;
            }
        }
        return null;
    }

    /**
     * What is wrong with the table against the model, one line each: a row naming a component its record
     * does not have, and a component of a record the diff looks into that no row classifies. The diff looks
     * into {@link Policy}, into the records its {@link Objects} components hold, and into the entries of
     * {@link Pooled} and {@link Direction#NOT_ONLY_ADDITIONS} components; every other component is compared
     * as one value, so the row of the component that holds it decides.
     */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        table.forEach((record, rows) -> {
            Set<String> names = new LinkedHashSet<>();
            Arrays.stream(record.getRecordComponents()).forEach(c -> names.add(c.getName()));
            rows.keySet().stream().filter(name -> !names.contains(name)).sorted().forEach(name -> problems.add(
                    "the table classifies `" + record.getSimpleName() + "." + name + "`, which the model does not have"));
        });
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(Policy.class));
        while (!todo.isEmpty()) {
            Class<?> record = todo.pop();
            if (!seen.add(record)) {
                continue;
            }
            for (RecordComponent c : record.getRecordComponents()) {
                Classification how = of(record, c.getName());
                if (how == null) {
                    problems.add("`" + record.getSimpleName() + "." + c.getName() + "` is not classified: add a row"
                            + " saying whether its change is material");
                } else if (how instanceof Objects || how instanceof Pooled
                        || how instanceof Material m && m.direction() == Direction.NOT_ONLY_ADDITIONS) {
                    Class<?> held = recordOf(record, c.getName());
                    if (held != null) {
                        todo.push(held);
                    }
                }
            }
        }
        table.keySet().stream().filter(record -> !seen.contains(record)).map(Class::getSimpleName).sorted()
                .forEach(name -> problems.add("the table classifies `" + name + "`, which the diff never looks into"));
        return problems;
    }

    private static Classification material(MaterialChangeKind kind, Direction direction) {
        return new Material(kind, direction);
    }

    private static Classification objects(List<MaterialChangeKind> added, List<MaterialChangeKind> removed) {
        return new Objects(added, removed);
    }

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
